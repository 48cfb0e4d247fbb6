//! What an app should do about an error.

/// The recommended reaction to a code, for app logic that should not parse text.
///
/// A plain C enum (`typedef enum ... KeylessErrorAction;`), 4 bytes on every
/// supported platform. New values may be added in later versions, so C code
/// that switches on it should keep a `default:` branch.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeylessErrorAction {
    /// Nothing to recommend: the value is not a Keyless code (negative codes).
    None = 0,
    /// Let the user try the scan or request again, with guidance (light, framing, nothing covering the face).
    Retry = 1,
    /// The user chose to stop: close the flow quietly, or offer a retry in case it was accidental.
    Dismiss = 2,
    /// The face did not match: offer a retry, or ask the user to confirm they picked the right account.
    VerifyAccount = 3,
    /// The device is offline or the server was unreachable: ask the user to check the connection, then retry.
    CheckConnection = 4,
    /// This device cannot be used: suggest another device, or Keyless support if there is none.
    UseAnotherDevice = 5,
    /// The user is locked out for a while: show the remaining time and retry once it has passed.
    WaitForLockout = 6,
    /// The camera permission is missing: explain why the scan needs it and ask the user to grant it.
    GrantCameraPermission = 7,
    /// A developer must fix the SDK integration or configuration; the user cannot.
    FixIntegration = 8,
    /// The Keyless ID has reached its device limit: revoke old devices or states first.
    RevokeDevices = 9,
    /// The local SDK state is out of sync with the backend: enroll the user again.
    ReEnroll = 10,
    /// The SDK's core client is likely too old for the backend: update the SDK.
    UpdateSdk = 11,
    /// The Anti-Inject license (`configFile.tak`) has expired: get a new one from Keyless.
    RenewLicense = 12,
    /// Needs investigation by Keyless support: keep the code, message and stack trace, and TRACE logs.
    ContactSupport = 13,
}

impl KeylessErrorAction {
    /// Every action, in the order of its C value.
    pub const fn all() -> [KeylessErrorAction; 14] {
        [
            Self::None,
            Self::Retry,
            Self::Dismiss,
            Self::VerifyAccount,
            Self::CheckConnection,
            Self::UseAnotherDevice,
            Self::WaitForLockout,
            Self::GrantCameraPermission,
            Self::FixIntegration,
            Self::RevokeDevices,
            Self::ReEnroll,
            Self::UpdateSdk,
            Self::RenewLicense,
            Self::ContactSupport,
        ]
    }

    /// The name of the value, as the C header spells it after
    /// `KEYLESS_ERROR_ACTION_` (`"RE_ENROLL"`): for the generators, the
    /// command and logs. The spec test checks each against the header.
    pub const fn name(self) -> &'static str {
        match self {
            Self::None => "NONE",
            Self::Retry => "RETRY",
            Self::Dismiss => "DISMISS",
            Self::VerifyAccount => "VERIFY_ACCOUNT",
            Self::CheckConnection => "CHECK_CONNECTION",
            Self::UseAnotherDevice => "USE_ANOTHER_DEVICE",
            Self::WaitForLockout => "WAIT_FOR_LOCKOUT",
            Self::GrantCameraPermission => "GRANT_CAMERA_PERMISSION",
            Self::FixIntegration => "FIX_INTEGRATION",
            Self::RevokeDevices => "REVOKE_DEVICES",
            Self::ReEnroll => "RE_ENROLL",
            Self::UpdateSdk => "UPDATE_SDK",
            Self::RenewLicense => "RENEW_LICENSE",
            Self::ContactSupport => "CONTACT_SUPPORT",
        }
    }

    /// True when the same user can succeed by trying again on this device
    /// after doing what the action says, without a developer, an operator or
    /// another device getting involved.
    pub const fn is_retryable(self) -> bool {
        matches!(
            self,
            Self::Retry
                | Self::Dismiss
                | Self::VerifyAccount
                | Self::CheckConnection
                | Self::WaitForLockout
                | Self::GrantCameraPermission
        )
    }
}
