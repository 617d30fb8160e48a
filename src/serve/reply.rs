//! HTTP responses, each with the headers that keep the page to itself: a Content-Security-Policy
//! that lets it load only its own script and style and talk only to this server, no framing, no
//! content sniffing, no referrer.
use hyper::body::Bytes;
use hyper::header::{self, HeaderValue};
use hyper::{Response, StatusCode};
use serde_json::{json, Value};

use super::api::Failure;

pub type Body = http_body_util::Full<Bytes>;

/// Nothing from elsewhere, no inline script or style, no plug-ins, no forms sent elsewhere.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// A response with `body` of `content_type`, and the security headers.
pub fn with(status: StatusCode, content_type: &'static str, body: Bytes) -> Response<Body> {
    let mut response = Response::new(Body::new(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub fn json(status: StatusCode, value: &Value) -> Response<Body> {
    json_bytes(status, serde_json::to_vec(value).unwrap_or_default())
}

pub fn json_bytes(status: StatusCode, json: Vec<u8>) -> Response<Body> {
    with(status, "application/json; charset=utf-8", Bytes::from(json))
}

/// `{"error": message}`, with `"parameter"` for a bad parameter.
pub fn failure(failure: &Failure) -> Response<Body> {
    match failure {
        Failure::BadParam(bad) => json(
            StatusCode::BAD_REQUEST,
            &json!({ "error": bad.message, "parameter": bad.parameter }),
        ),
        Failure::Unavailable(message) => json(
            StatusCode::SERVICE_UNAVAILABLE,
            &json!({ "error": message }),
        ),
        Failure::Internal(message) => json(
            StatusCode::INTERNAL_SERVER_ERROR,
            &json!({ "error": message }),
        ),
    }
}

/// An error of the request itself (no such page, a method other than GET).
pub fn error(status: StatusCode, message: &str) -> Response<Body> {
    json(status, &json!({ "error": message }))
}
