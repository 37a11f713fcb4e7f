//! Money with its own type: an amount of euro cents ([`Bedrag`]). It is not a count, a number of years or an
//! id: a function that takes an amount takes no other number, so swapping two arguments does not compile.
//! Amounts are whole cents, never floats; they are stored as integer cents.

use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub, SubAssign};

use serde::{Deserialize, Serialize};
use sqlx::error::BoxDynError;
use sqlx::{Any, Database, Decode, Encode, Type, encode::IsNull};

/// An amount in euro cents.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Bedrag(i64);

impl Bedrag {
    pub const NUL: Bedrag = Bedrag(0);

    /// `cent` euro cents.
    pub const fn cent(cent: i64) -> Bedrag {
        Bedrag(cent)
    }

    /// `euro` whole euros.
    pub const fn euro(euro: i64) -> Bedrag {
        Bedrag(euro.saturating_mul(100))
    }

    /// The amount in cents, for arithmetic that is not adding or subtracting amounts.
    pub const fn in_cent(self) -> i64 {
        self.0
    }
}

impl Add for Bedrag {
    type Output = Bedrag;

    fn add(self, other: Bedrag) -> Bedrag {
        Bedrag(self.0.saturating_add(other.0))
    }
}

impl Sub for Bedrag {
    type Output = Bedrag;

    fn sub(self, other: Bedrag) -> Bedrag {
        Bedrag(self.0.saturating_sub(other.0))
    }
}

impl AddAssign for Bedrag {
    fn add_assign(&mut self, other: Bedrag) {
        *self = *self + other;
    }
}

impl SubAssign for Bedrag {
    fn sub_assign(&mut self, other: Bedrag) {
        *self = *self - other;
    }
}

impl Sum for Bedrag {
    fn sum<I: Iterator<Item = Bedrag>>(iter: I) -> Bedrag {
        iter.fold(Bedrag::NUL, Add::add)
    }
}

impl<'a> Sum<&'a Bedrag> for Bedrag {
    fn sum<I: Iterator<Item = &'a Bedrag>>(iter: I) -> Bedrag {
        iter.copied().sum()
    }
}

impl Type<Any> for Bedrag {
    fn type_info() -> <Any as Database>::TypeInfo {
        <i64 as Type<Any>>::type_info()
    }

    fn compatible(ty: &<Any as Database>::TypeInfo) -> bool {
        <i64 as Type<Any>>::compatible(ty)
    }
}

impl<'q> Encode<'q, Any> for Bedrag {
    fn encode_by_ref(
        &self,
        buf: &mut <Any as Database>::ArgumentBuffer,
    ) -> Result<IsNull, BoxDynError> {
        <i64 as Encode<'q, Any>>::encode_by_ref(&self.0, buf)
    }
}

impl<'r> Decode<'r, Any> for Bedrag {
    fn decode(value: <Any as Database>::ValueRef<'r>) -> Result<Bedrag, BoxDynError> {
        <i64 as Decode<'r, Any>>::decode(value).map(Bedrag)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn amounts_add_up_and_never_overflow() {
        let a = Bedrag::euro(75_375);
        assert_eq!(a.in_cent(), 7_537_500);
        assert_eq!(a - Bedrag::cent(7_237_500), Bedrag::euro(3_000));
        assert_eq!(
            [Bedrag::cent(1), Bedrag::cent(2)].iter().sum::<Bedrag>(),
            Bedrag::cent(3)
        );
        assert_eq!(
            Bedrag::cent(i64::MAX) + Bedrag::cent(1),
            Bedrag::cent(i64::MAX)
        );
        assert_eq!(serde_json::to_string(&Bedrag::cent(4600)).unwrap(), "4600");
        assert!(Bedrag::cent(-1) < Bedrag::NUL);
    }
}
