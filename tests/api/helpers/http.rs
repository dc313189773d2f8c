//! Talking to the test server over HTTP: requests, forms with their CSRF token, uploads,
//! second browsers.

use super::TestApp;

/// A client that behaves like a page of the instance: its own cookies, no redirects followed,
/// its API writes from the instance's own origin (cross-site callers are built in
/// `security::api_writes`).
pub(super) fn same_origin_client(base_url: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::ORIGIN,
        reqwest::header::HeaderValue::from_str(base_url).expect("the base URL is a header value"),
    );
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .default_headers(headers)
        .build()
        .expect("HTTP client")
}

/// Requests and forms.
impl TestApp {
    /// `GET path`.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("GET request")
    }

    /// A second browser on the instance's pages: its own cookies, no redirects followed, its
    /// API writes from the instance's own origin.
    pub fn browser(&self) -> reqwest::Client {
        same_origin_client(self.state.settings.server.base_url())
    }

    /// The CSRF token the server hands to this client's forms (sets the cookie when needed).
    pub async fn csrf_token(&self) -> String {
        let page = self.get("/login").await.text().await.unwrap();
        extract_csrf_token(&page)
    }

    /// Posts a form from `client` to `path` (or an absolute URL), with a valid CSRF token.
    pub async fn submit_form(
        &self,
        client: &reqwest::Client,
        path: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let login = client.get(self.url("/login")).send().await.unwrap();
        let token = extract_csrf_token(&login.text().await.unwrap());
        let mut fields: Vec<(&str, &str)> = fields.to_vec();
        fields.push(("csrf_token", &token));
        let url = if path.starts_with("http") {
            path.to_owned()
        } else {
            self.url(path)
        };
        client
            .post(url)
            .form(&fields)
            .send()
            .await
            .expect("POST form")
    }

    /// Posts a form as this app's own client.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.submit_form(&self.client, path, fields).await
    }

    /// Uploads `csv` through the import page, with extra form fields (`create_departments`, …).
    pub async fn upload_csv(&self, csv: &[u8], extra: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf_token().await;
        let mut form = reqwest::multipart::Form::new().text("csrf_token", token);
        for (name, value) in extra {
            form = form.text(name.to_string(), value.to_string());
        }
        let file = reqwest::multipart::Part::bytes(csv.to_vec())
            .file_name("employees.csv")
            .mime_str("text/csv")
            .unwrap();
        form = form.part("file", file);
        self.client
            .post(self.url("/admin/employees/import"))
            .multipart(form)
            .send()
            .await
            .expect("POST /admin/employees/import")
    }
}

/// The value of the first hidden `csrf_token` field of an HTML page.
pub fn extract_csrf_token(html: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = html
        .find(marker)
        .unwrap_or_else(|| panic!("no CSRF token in page:\n{html}"))
        + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}

/// The `Location` header of a redirect.
pub fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}
