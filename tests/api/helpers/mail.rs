//! Mail in tests: delivering what the scheduler queued to the test SMTP server, and a relay
//! that is down.

use super::TestApp;

/// Mail delivery.
impl TestApp {
    /// Runs the scheduler once and returns the emails `address` has received so far.
    pub async fn deliver_mail_to(&self, address: &str) -> Vec<crate::smtp_server::Email> {
        let before = self.smtp.emails().len();
        let outcome = self.run_scheduler_once().await;
        self.smtp
            .wait_for(before + usize::try_from(outcome.mails_sent).unwrap())
            .await;
        self.smtp.emails_to(address)
    }

    /// A mailer whose SMTP relay is a closed port: every send finds the relay down.
    pub fn unreachable_mailer(&self) -> innerpulse::mail::Mailer {
        let closed = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut settings = self.state.settings.mail.clone();
        settings.smtp.port = closed;
        settings.mailer().unwrap()
    }
}
