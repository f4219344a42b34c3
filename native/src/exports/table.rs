//! `typeTable()`: the type table and the constants lib/ shares with native
//! code, as plain data. lib/native.js builds everything type-related in JS
//! from it.

use crate::abi::slots::{SLOT_ARG0, SLOT_COUNT, SLOT_RESULT, SLOT_TARGET};
use crate::env::EnvState;
use crate::errors::JsError;
use crate::host::napi::{napi_env, napi_value};
use crate::host::values::{array, boolean, number, object, set, string};
use crate::types::{JsKind, TYPE_CONSTANTS, TYPE_TABLE};

/// `typeTable()` -> { types, constants, suffix, slots, slotCount, promiseMessage }.
///
/// # Safety
/// The export contract (exports/mod.rs).
pub(crate) unsafe fn type_table(env: napi_env, _: &[napi_value], _: &mut EnvState) -> Result<napi_value, JsError> {
    // SAFETY: the export contract: `env` is live for the whole body.
    unsafe {
        let rows: Vec<napi_value> = TYPE_TABLE
            .iter()
            .map(|row| {
                let o = object(env);
                let ty = row.ty;
                set(env, o, "id", number(env, ty as u8 as f64));
                set(env, o, "name", string(env, row.name));
                let aliases: Vec<_> = row.aliases.iter().map(|a| string(env, a)).collect();
                set(env, o, "aliases", array(env, &aliases));
                let c: Vec<_> = row.c.iter().map(|a| string(env, a)).collect();
                set(env, o, "c", array(env, &c));
                set(env, o, "size", number(env, row.size as f64));
                set(env, o, "align", number(env, row.align as f64));
                set(env, o, "desc", string(env, row.desc));
                set(env, o, "fast", boolean(env, row.fast));
                set(env, o, "view", string(env, ty.view()));
                set(env, o, "misfit", string(env, &crate::callbacks::misfit_message(ty)));
                let kind = match ty.js() {
                    JsKind::Void => "void",
                    JsKind::Int { min, max, reject_minus_zero } => {
                        set(env, o, "min", number(env, min as f64));
                        set(env, o, "max", number(env, max as f64));
                        set(env, o, "rejectMinusZero", boolean(env, reject_minus_zero));
                        "int"
                    }
                    JsKind::Float => "float",
                    JsKind::BigInt { signed } => {
                        set(env, o, "signed", boolean(env, signed));
                        "bigint"
                    }
                    JsKind::Pointer => "pointer",
                };
                if let JsKind::Int { min, max, .. } = ty.callback_result_js() {
                    set(env, o, "resultMin", number(env, min as f64));
                    set(env, o, "resultMax", number(env, max as f64));
                }
                set(env, o, "kind", string(env, kind));
                o
            })
            .collect();
        let out = object(env);
        set(env, out, "types", array(env, &rows));
        let constants: Vec<_> = TYPE_CONSTANTS.iter().map(|(c, v)| array(env, &[string(env, c), string(env, v)])).collect();
        set(env, out, "constants", array(env, &constants));
        let suffix = if cfg!(target_os = "macos") {
            "dylib"
        } else if cfg!(windows) {
            "dll"
        } else {
            "so"
        };
        set(env, out, "suffix", string(env, suffix));
        let slots = object(env);
        set(env, slots, "target", number(env, SLOT_TARGET as f64));
        set(env, slots, "result", number(env, SLOT_RESULT as f64));
        set(env, slots, "arg0", number(env, SLOT_ARG0 as f64));
        set(env, slots, "count", number(env, SLOT_COUNT as f64));
        set(env, out, "slots", slots);
        set(env, out, "slotCount", number(env, SLOT_COUNT as f64));
        set(env, out, "promiseMessage", string(env, crate::callbacks::PROMISE_MESSAGE));
        Ok(out)
    }
}
