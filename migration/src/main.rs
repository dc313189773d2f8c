//! The standard SeaORM migration CLI for innerpulse:
//! `DATABASE_URL=... cargo run -p migration --features cli -- [up|down|status|fresh|refresh|reset]`.

use sea_orm_migration::prelude::*;

#[tokio::main]
async fn main() {
    cli::run_cli(migration::Migrator).await;
}
