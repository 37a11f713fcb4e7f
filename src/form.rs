//! What every form shares: field errors, kept in the order of the fields on the page.
//!
//! Validation failures are not errors: a handler parses the raw form (all strings) into domain types, and on
//! failure re-renders the same page with status 422, the input echoed, an error summary that links to the
//! fields, and each message beside its field.

/// One field's error: the field's name (also the id of its first input) and the translated message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// The errors of one submitted form, in page order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors {
    list: Vec<FieldError>,
}

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an error; a field keeps only its first error, the one the resident should fix first.
    pub fn add(&mut self, field: &str, message: String) {
        if self.get(field).is_none() {
            self.list.push(FieldError {
                field: field.to_owned(),
                message,
            });
        }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.list
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.list.iter()
    }
}
