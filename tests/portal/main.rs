//! Integration tests: the real portal, a fresh database per test. One file per capability.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

mod architecture;
mod auth;
mod backoffice;
mod begrippen;
mod bezwaar;
mod blijverslening;
mod cijfers;
mod cli;
mod clientondersteuners;
mod clientondersteuning;
mod digid;
mod dossier;
mod faults;
mod forms;
mod i18n;
mod ingebreke;
mod kindpakket;
mod machtigingen;
mod meldingen;
mod migraties;
mod mijn_gegevens;
mod misbruik;
mod outbox;
mod persoonlijk_plan;
mod provider;
mod routes;
mod security;
mod staff;
mod storage;
mod termijnen;
mod uitdaagrecht;
mod vertegenwoordiging;
mod virus;
