//! Renderers for users with their address: a table, JSON in the blog API's
//! shape (`model::User`, `"address": null` when none), or CSV. The password
//! hash is not part of the record, so it cannot be printed.

use std::io::Write;

use comfy_table::Table;

use super::Format;
use super::OutputSettings;
use super::{JsonArray, csv_error, new_table, print_json, print_table, stdout, write_error};
use crate::error::Result;
use crate::model::User;

const TABLE_HEADER: [&str; 6] = ["id", "email", "name", "street", "city", "country"];
const CSV_HEADER: [&str; 7] = [
    "id",
    "email",
    "name",
    "address_id",
    "street",
    "city",
    "country",
];

/// Print users in the chosen format (JSON: an array).
pub fn print_list(settings: &OutputSettings, users: &[User]) -> Result<()> {
    match settings.format {
        Format::Table => print_table(&table(settings, users)),
        Format::Json => {
            let mut json = JsonArray::new(stdout())?;
            for user in users {
                json.push(user)?;
            }
            json.finish()
        }
        Format::Csv => write_csv(stdout(), users),
    }
}

/// Print one user in the chosen format (JSON: an object).
pub fn print_one(settings: &OutputSettings, user: &User) -> Result<()> {
    match settings.format {
        Format::Json => print_json(user),
        _ => print_list(settings, std::slice::from_ref(user)),
    }
}

/// The table view: one row per user, empty cells where there is no address.
pub fn table(settings: &OutputSettings, users: &[User]) -> Table {
    let mut table = new_table(settings, &TABLE_HEADER);
    for user in users {
        let address = user.address.as_ref();
        let field = |f: fn(&crate::model::Address) -> &Option<String>| {
            address.and_then(|a| f(a).clone()).unwrap_or_default()
        };
        table.add_row(vec![
            user.id.to_string(),
            user.email.clone(),
            user.name.clone(),
            field(|a| &a.street),
            field(|a| &a.city),
            field(|a| &a.country),
        ]);
    }
    table
}

/// CSV with a header row; absent values are empty fields.
pub fn write_csv(out: impl Write, users: &[User]) -> Result<()> {
    let mut csv = csv::WriterBuilder::new().from_writer(out);
    csv.write_record(CSV_HEADER).map_err(csv_error)?;
    for user in users {
        let address = user.address.as_ref();
        let text = |f: fn(&crate::model::Address) -> &Option<String>| {
            address.and_then(|a| f(a).as_deref()).unwrap_or("")
        };
        let address_id = address.map(|a| a.id.to_string()).unwrap_or_default();
        csv.write_record([
            user.id.to_string().as_str(),
            &user.email,
            &user.name,
            &address_id,
            text(|a| &a.street),
            text(|a| &a.city),
            text(|a| &a.country),
        ])
        .map_err(csv_error)?;
    }
    csv.flush().map_err(write_error)
}
