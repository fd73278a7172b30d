//! PRODUCT.md's exit codes ("Exit codes"), for every failure of the
//! catalogue in one match: 2 for invalid usage or input (nothing was
//! changed), 3 when the database cannot be reached, 1 for the rest.

use super::Error;

impl Error {
    /// The exit code PRODUCT.md assigns to this failure.
    pub fn exit_code(&self) -> u8 {
        use Error::*;
        match self {
            EnvFileMissing { .. }
            | EnvFileUnreadable { .. }
            | EnvFileInvalid { .. }
            | DatabaseUrlEmpty { .. }
            | BadSetting(_)
            | BadConnectionSetting(_)
            | Empty { .. }
            | NulByte { .. }
            | NotAnEmail { .. }
            | AdminEmailInvalid { .. }
            | AdminEmailUnset
            | AdminPasswordNeeded { .. }
            | ContentUnreadable { .. }
            | ContentTooLong { .. }
            | ContentNotUtf8 { .. }
            | NoConfirmation { .. }
            | TooLong { .. }
            | HeirIsTheUser
            | NoSuchTarget { .. } => 2,
            AdminMissingForMigration { for_articles, .. } => {
                if *for_articles {
                    1
                } else {
                    2
                }
            }
            Connect { .. } | OutputCut { lost: true, .. } => 3,
            Password(password) => password.exit_code(),
            Local(local) => local.exit_code(),
            NoMaintenanceDatabase { template1, .. } => template1.exit_code(),
            _ => 1,
        }
    }
}
