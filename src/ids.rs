//! Ids with their own types: a person's id and a case's id are both text, but a function that takes one
//! does not take the other, so swapping two arguments does not compile. They are stored as text, and read
//! as their text where text is asked (`Deref<Target = str>`).

use std::fmt;

use serde::{Deserialize, Serialize};
use sqlx::error::BoxDynError;
use sqlx::{Any, Database, Decode, Encode, Type, encode::IsNull};

macro_rules! id {
    ($(#[$meta:meta])* $naam:ident) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $naam(String);

        impl $naam {
            pub fn new(id: impl Into<String>) -> $naam {
                $naam(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl std::ops::Deref for $naam {
            type Target = str;

            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $naam {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $naam {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $naam {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $naam {
            fn from(id: String) -> $naam {
                $naam(id)
            }
        }

        impl From<&str> for $naam {
            fn from(id: &str) -> $naam {
                $naam(id.to_owned())
            }
        }

        impl PartialEq<str> for $naam {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $naam {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $naam {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$naam> for String {
            fn eq(&self, other: &$naam) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<$naam> for str {
            fn eq(&self, other: &$naam) -> bool {
                self == other.0
            }
        }

        impl PartialEq<$naam> for &str {
            fn eq(&self, other: &$naam) -> bool {
                *self == other.0
            }
        }

        impl Type<Any> for $naam {
            fn type_info() -> <Any as Database>::TypeInfo {
                <String as Type<Any>>::type_info()
            }

            fn compatible(ty: &<Any as Database>::TypeInfo) -> bool {
                <String as Type<Any>>::compatible(ty)
            }
        }

        impl<'q> Encode<'q, Any> for $naam {
            fn encode_by_ref(
                &self,
                buf: &mut <Any as Database>::ArgumentBuffer,
            ) -> Result<IsNull, BoxDynError> {
                <String as Encode<'q, Any>>::encode_by_ref(&self.0, buf)
            }
        }

        impl<'r> Decode<'r, Any> for $naam {
            fn decode(value: <Any as Database>::ValueRef<'r>) -> Result<$naam, BoxDynError> {
                <String as Decode<'r, Any>>::decode(value).map($naam)
            }
        }
    };
}

id!(
    /// A person with an account: a resident, a helper, a member of staff.
    PersoonId
);

id!(
    /// A case: the id of what was submitted (a melding, an application, a proposal).
    ZaakId
);

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn an_id_reads_as_its_text_and_compares_with_it() {
        let id = PersoonId::new("p1");
        assert_eq!(id.as_str(), "p1");
        assert_eq!(id, "p1");
        assert_eq!(id.to_string(), "p1");
        assert_eq!(serde_json::to_string(&id).unwrap(), r#""p1""#);
        assert_eq!(serde_json::from_str::<PersoonId>(r#""p1""#).unwrap(), id);
        assert_eq!("p1".to_owned(), id);
    }
}
