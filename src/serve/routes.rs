//! Which answer each request gets: the page's files, the four API endpoints, or an error.
//! Searches run on the blocking pool, a few at a time (one per core), each bounded in time.
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use hyper::body::{Bytes, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use tokio::sync::Semaphore;

use super::api::{Api, Failure, Json};
use super::assets;
use super::params::{QuotesParams, SearchParams, SpeakersParams};
use super::reply::{self, Body};

/// How long one API request may wait and run before it is answered 503.
pub const REQUEST_TIME: Duration = Duration::from_secs(20);

/// What every connection shares.
pub struct Shared {
    pub api: Arc<Api>,
    /// One permit per search running at once.
    pub searches: Arc<Semaphore>,
    /// The Host headers this server answers to (empty: any). A server on loopback answers
    /// only to its own names, so a web page whose name was pointed at 127.0.0.1 (DNS
    /// rebinding) cannot read the index through the visitor's browser.
    pub hosts: Vec<String>,
}

pub async fn handle(
    shared: Arc<Shared>,
    request: Request<Incoming>,
) -> Result<Response<Body>, Infallible> {
    Ok(answer(&shared, &request).await)
}

async fn answer(shared: &Shared, request: &Request<Incoming>) -> Response<Body> {
    if !host_allowed(shared, request) {
        return reply::error(StatusCode::MISDIRECTED_REQUEST, "unknown Host");
    }
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let mut response = reply::error(StatusCode::METHOD_NOT_ALLOWED, "only GET is served");
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let query = request.uri().query().map(str::to_owned);
    match request.uri().path() {
        "/api/search" => {
            api_call(shared, move |api| {
                api.search(&SearchParams::parse(query.as_deref())?)
            })
            .await
        }
        "/api/quotes" => {
            api_call(shared, move |api| {
                api.quotes(&QuotesParams::parse(query.as_deref())?)
            })
            .await
        }
        "/api/speakers" => {
            api_call(shared, move |api| {
                api.speakers(&SpeakersParams::parse(query.as_deref())?)
            })
            .await
        }
        "/api/stats" => api_call(shared, |api| api.stats()).await,
        path => match assets::find(path) {
            Some(asset) => reply::with(
                StatusCode::OK,
                asset.content_type,
                Bytes::from_static(asset.bytes),
            ),
            None => reply::error(StatusCode::NOT_FOUND, "no such page"),
        },
    }
}

fn host_allowed(shared: &Shared, request: &Request<Incoming>) -> bool {
    if shared.hosts.is_empty() {
        return true;
    }
    request
        .headers()
        .get(header::HOST)
        .and_then(|host| host.to_str().ok())
        .is_some_and(|host| shared.hosts.iter().any(|known| known == host))
}

/// Runs `work` on the blocking pool once a permit is free, within `REQUEST_TIME`.
async fn api_call(
    shared: &Shared,
    work: impl FnOnce(&Api) -> Result<Json, Failure> + Send + 'static,
) -> Response<Body> {
    let api = Arc::clone(&shared.api);
    let searches = Arc::clone(&shared.searches);
    let run = async move {
        let permit = searches.acquire_owned().await.ok();
        tokio::task::spawn_blocking(move || {
            let answer = work(&api);
            drop(permit);
            answer
        })
        .await
    };
    match tokio::time::timeout(REQUEST_TIME, run).await {
        Ok(Ok(Ok(json))) => reply::json_bytes(StatusCode::OK, json),
        Ok(Ok(Err(failure))) => reply::failure(&failure),
        Ok(Err(_)) => reply::failure(&Failure::Internal(
            "internal error: a search stopped; please report it".into(),
        )),
        Err(_) => reply::error(
            StatusCode::SERVICE_UNAVAILABLE,
            &format!(
                "the server is busy: no answer within {} s",
                REQUEST_TIME.as_secs()
            ),
        ),
    }
}
