//! Machtigingen: residents who let someone help them, helpers who ask for it, legal representatives with
//! proof, and the choice of for whom one acts. What a machtiging allows is decided in one place,
//! [`crate::auth::namens`].

pub mod domain;
pub mod repo;
