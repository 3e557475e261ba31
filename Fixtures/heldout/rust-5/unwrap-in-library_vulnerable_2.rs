//! Tower middleware that stamps every response with request timing (library crate).

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use http::{HeaderValue, Request, Response};
use tower::{Layer, Service};

#[derive(Clone)]
pub struct TenantId(pub String);

#[derive(Clone)]
pub struct TimingLayer;

impl<S> Layer<S> for TimingLayer {
    type Service = Timing<S>;
    fn layer(&self, inner: S) -> Self::Service {
        Timing { inner }
    }
}

#[derive(Clone)]
pub struct Timing<S> {
    inner: S,
}

impl<S, B, R> Service<Request<B>> for Timing<S>
where
    S: Service<Request<B>, Response = Response<R>> + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response<R>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request<B>) -> Self::Future {
        let tenant = req.extensions().get::<TenantId>().expect("TenantLayer must run first").0.clone(); // expect: unwrap-in-library
        let started = Instant::now();
        let fut = self.inner.call(req);
        Box::pin(async move {
            let mut resp = fut.await?;
            let now = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap() // expect: unwrap-in-library
                .as_secs();
            let h = resp.headers_mut();
            h.insert("x-tenant", HeaderValue::from_str(&tenant).unwrap()); // expect: unwrap-in-library
            h.insert("x-served-at", HeaderValue::from(now));
            h.insert("x-elapsed-ms", HeaderValue::from(started.elapsed().as_millis() as u64));
            Ok(resp)
        })
    }
}
