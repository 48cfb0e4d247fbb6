# Reads a callgrind output file written with --compress-strings=no and
# --compress-pos=no, and prints, for every function measure_<function>_<set>
# of benches/peers/callgrind_driver.c, the calls it made and their inclusive
# instruction count (the callee's own instructions and its callees'; not the
# loop's, nor the PLT stub's jump, which callgrind's --skip-plt leaves out):
#
#   <function> <set> <calls> <instructions>
#
# In the file, a call edge is "cfn=<callee>", then "calls=<count> <target>",
# then one cost line "<position> <Ir>" with the inclusive cost of those calls.
# A measure function calls one API function only, so every edge out of it is
# that function (whatever name callgrind gives an aliased symbol).
/^fn=/ { caller = substr($0, 4); next }
/^calls=/ {
    split(substr($0, 7), call, " ")
    pending = call[1]
    next
}
pending != "" && /^[0-9+-]/ {
    if (caller ~ /^measure_/) {
        calls[caller] += pending
        cost[caller] += $NF
    }
    pending = ""
}
END {
    for (caller in calls) {
        name = substr(caller, 9)
        set = name
        sub(/_[a-z]+$/, "", name)
        sub(/.*_/, "", set)
        print name, set, calls[caller], cost[caller]
    }
}
