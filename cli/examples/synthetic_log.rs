//! A synthetic device log for `make bench-cli`: Android logcat lines in the
//! `threadtime` format and Xcode-console lines (NSLog / os_log as Xcode shows
//! them), about 1 % of them carrying a Keyless error code, the rest the kind
//! of traffic a real app's log has, numbers everywhere (timestamps, PIDs,
//! TIDs, ports, sizes, durations, HTTP statuses, request codes).
//!
//!   cargo run --release --example synthetic_log -- <bytes>[K|M|G] [percent-with-codes] [seed]
//!
//! Deterministic for a given seed. Prints to standard output, and the number
//! of lines it wrote with a Keyless code to standard error.

use std::io::{self, BufWriter, Write};

/// xorshift64*: small, fast, deterministic; statistical quality is no concern.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const TAGS: &[&str] = &[
    "ActivityManager", "ActivityTaskManager", "WindowManager", "OkHttp", "chromium", "Choreographer", "ViewRootImpl",
    "SurfaceFlinger", "CameraService", "Camera2Client", "ConnectivityService", "NetworkMonitor", "WifiService",
    "BluetoothAdapter", "PackageManager", "ProfileInstaller", "AndroidRuntime", "art", "System.out", "MyApp",
    "MyApp.Auth", "FirebaseMessaging", "Glide", "Retrofit", "OpenGLRenderer", "InputMethodManager", "AudioTrack",
];

/// Everyday messages; `#` is replaced by a random number, `@` by a port.
const LOGCAT_MESSAGES: &[&str] = &[
    "Start proc #:com.example.bank/u0a# for activity {com.example.bank/.MainActivity}",
    "Displayed com.example.bank/.LoginActivity: +#ms",
    "--> GET https://api.example.com/v2/accounts/# http/1.1",
    "<-- 200 OK https://api.example.com/v2/accounts/# (#ms, # byte body)",
    "Response{protocol=h2, code=200, message=, url=https://api.example.com/v2/session}",
    "Response{protocol=http/1.1, code=404, message=Not Found, url=https://cdn.example.com/img/#.png}",
    "onActivityResult requestCode=# resultCode=-1 data=Intent { (has extras) }",
    "Skipped # frames!  The application may be doing too much work on its main thread.",
    "Davey! duration=#ms; Flags=0, FrameTimelineVsyncId=#, IntendedVsync=#",
    "Connecting to 10.0.2.2:@ (attempt #)",
    "socket connected to /192.168.1.#:@ in #ms",
    "GC freed #KB AllocSpace objects, #(#KB) LOS objects, 49% free, #MB/#MB, paused #us total #ms",
    "Background concurrent copying GC freed #(#MB) AllocSpace objects",
    "Camera # opened by uid # (pid #), facing front",
    "configureStreams: stream # format 0x23 size 1280x720",
    "Accessing hidden method Landroid/view/View;->computeFitSystemWindows (unsupported, reflection, allowed)",
    "NetworkAgentInfo [WIFI () - #] validation passed",
    "Token refreshed, expires in # s",
    "Loaded # images from cache in #ms",
    "build 2024.11.# (#) on Android 14, API 34",
    "enqueueWork: job # scheduled, retry # of 5",
    "sqlite: inserted # rows into table sessions in #ms",
    "Error inflating class com.example.bank.widget.BalanceView, retrying (# left)",
    "java.net.SocketTimeoutException: failed to connect to api.example.com/10.0.0.#:@ after #ms",
    "at com.example.bank.auth.LoginViewModel.onContinue(LoginViewModel.kt:#)",
    "Error: response body is null for request #",
    "Biometric prompt shown, session #",
    "{\"event\":\"screen_view\",\"screen\":\"login\",\"ts\":#,\"duration_ms\":#}",
    "{\"event\":\"http\",\"status\":200,\"bytes\":#,\"elapsed\":#}",
    "KeylessSDK: initialised in #ms, SDK 5.4.#",
    "Keyless face scan started, timeout # s",
    "exit code # from worker #",
];

const XCODE_MESSAGES: &[&str] = &[
    "[Network] Task <#-#>.<1> finished with status code: 200",
    "Task <#>.<1> HTTP load failed, 0/0 bytes (error code: -1009 [1:50])",
    "Error Domain=NSURLErrorDomain Code=-1009 \"The Internet connection appears to be offline.\"",
    "Error Domain=NSCocoaErrorDomain Code=4 \"The file doesn’t exist.\"",
    "[UIKit] Unbalanced calls to begin/end appearance transitions for <LoginViewController: 0x7fb#>.",
    "[Camera] AVCaptureSession started in #ms, preset 1280x720",
    "nw_connection_receive_internal_block_invoke [C#] Receive reply failed with error \"Operation canceled\"",
    "Connection # to api.example.com:443 established in #ms",
    "[BoringSSL] nw_protocol_boringssl_get_output_frames(1301) [C#.1:2][0x7fb#] get output frames failed, state 8196",
    "CoreData: annotation: fetch request took #ms for # objects",
    "Warning: Attempt to present <UIAlertController: 0x7fb#> which is already presenting",
    "[Auth] session # refreshed, expires in # s",
    "App version 3.2.# (build #) on iOS 17.#",
    "KeylessSDK initialised in #ms",
    "Keyless: enrollment screen shown, attempt #",
    "{\"event\":\"login_tap\",\"ts\":#}",
];

/// Lines with a Keyless code: the SDK's error types and the ways apps log them.
const LOGCAT_CODES: &[&str] = &[
    "KeylessSdkError(code=$, message=$M)",
    "authentication failed: KeylessSdkError(code=$, message=$M)",
    "Keyless error $: $M",
    "enrollment failed with errorCode $",
    "{\"event\":\"keyless_error\",\"code\":$,\"message\":\"$M\"}",
    "Keyless authentication failure (code: $)",
];

const XCODE_CODES: &[&str] = &[
    "Keyless authentication failed: Error Domain=KeylessSDK.KeylessSDKError Code=$ \"$M\"",
    "KeylessSDKError(code: $, message: \"$M\")",
    "[Keyless] enroll failed: $",
    "{\"event\":\"keyless_error\",\"code\":$}",
];

/// Documented codes (and two undocumented ones the SDK could add).
const CODES: &[(&str, &str)] = &[
    ("30004", "Face not matching"),
    ("30003", "User cancelled"),
    ("30005", "No network connection"),
    ("30007", "User locked out"),
    ("30009", "Camera permission denied"),
    ("30000", "Spoofing detected"),
    ("1004", "Network connection failed"),
    ("534", "User not found or deactivated"),
    ("20000", "User not enrolled"),
    ("20010", "Invalid configuration"),
    ("40002", "Device not genuine"),
    ("30011", "New user error"),
];

const MONTH_DAYS: u64 = 28;

fn parse_size(text: &str) -> u64 {
    let (digits, unit) = text.split_at(text.trim_end_matches(['K', 'M', 'G', 'k', 'm', 'g']).len());
    let value: u64 = digits.parse().expect("a size such as 1G or 100M");
    value
        * match unit.to_ascii_uppercase().as_str() {
            "" => 1,
            "K" => 1 << 10,
            "M" => 1 << 20,
            "G" => 1 << 30,
            _ => panic!("unit must be K, M or G"),
        }
}

fn fill(template: &str, random: &mut Random, out: &mut Vec<u8>) {
    for character in template.chars() {
        match character {
            '#' => out.extend_from_slice(random.below(100_000).to_string().as_bytes()),
            '@' => out.extend_from_slice(["443", "8080", "8443", "5228", "30004"][random.below(5) as usize].as_bytes()),
            other => {
                let mut buffer = [0u8; 4];
                out.extend_from_slice(other.encode_utf8(&mut buffer).as_bytes());
            }
        }
    }
}

fn main() -> io::Result<()> {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let size = parse_size(arguments.first().map_or("100M", String::as_str));
    let percent: f64 = arguments.get(1).map_or(1.0, |text| text.parse().expect("a percentage"));
    let mut random = Random(arguments.get(2).map_or(0x5eed, |text| text.parse().expect("a seed")) | 1);
    let threshold = (percent / 100.0 * u64::MAX as f64) as u64;

    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let mut line = Vec::with_capacity(512);
    let (mut written, mut with_codes) = (0u64, 0u64);
    let mut millis: u64 = 0;
    while written < size {
        line.clear();
        millis += random.below(40);
        let (day, hour, minute, second, milli) =
            (1 + (millis / 86_400_000) % MONTH_DAYS, (millis / 3_600_000) % 24, (millis / 60_000) % 60, (millis / 1000) % 60, millis % 1000);
        let keyless = random.next() < threshold;
        let (code, message) = CODES[random.below(CODES.len() as u64) as usize];
        let logcat = random.below(3) != 0;
        if logcat {
            let pid = 1000 + random.below(30_000);
            let tid = pid + random.below(200);
            let level = ["V", "D", "I", "I", "I", "W", "E"][random.below(7) as usize];
            let (level, tag) = if keyless { ("E", random.pick(&["KeylessSDK", "MyApp.Auth", "MyApp"])) } else { (level, random.pick(TAGS)) };
            line.extend_from_slice(format!("12-{day:02} {hour:02}:{minute:02}:{second:02}.{milli:03} {pid:5} {tid:5} {level} {tag}: ").as_bytes());
            let template = if keyless { random.pick(LOGCAT_CODES) } else { random.pick(LOGCAT_MESSAGES) };
            fill(&template.replace("$M", message).replace('$', code), &mut random, &mut line);
        } else {
            let pid = 1000 + random.below(30_000);
            let tid = random.below(9_000_000);
            let micros = random.below(1000);
            line.extend_from_slice(
                format!("2024-12-{day:02} {hour:02}:{minute:02}:{second:02}.{milli:03}{micros:03}+0100 MyBank[{pid}:{tid}] ").as_bytes(),
            );
            let template = if keyless { random.pick(XCODE_CODES) } else { random.pick(XCODE_MESSAGES) };
            fill(&template.replace("$M", message).replace('$', code), &mut random, &mut line);
        }
        line.push(b'\n');
        if keyless {
            with_codes += 1;
        }
        written += line.len() as u64;
        out.write_all(&line)?;
    }
    out.flush()?;
    eprintln!("{written} bytes, {with_codes} lines with a Keyless code");
    Ok(())
}
