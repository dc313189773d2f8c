//! A short pulse: core and rotating questions, the cycle's maximum number of answers, fair
//! rotation over waves.

mod demo;
mod fixture;
mod rotation;
mod secrecy;
