//! A real SMTP server for tests and the benchmark: mailin's protocol state machine served on a
//! loopback listener, one thread per connection, plain SMTP only (no STARTTLS, no login), so
//! that no TLS library has to be built for it. `serve` hands every message to a `Handler`.

pub use mailin::{Action, Handler, Response, response};

use mailin::SessionBuilder;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::net::{TcpListener, TcpStream};

/// Serves SMTP on `listener` from a background thread until the process ends, introducing
/// itself as `name`. Every connection gets a thread and a clone of `handler` of its own.
pub fn serve<H>(listener: TcpListener, name: &str, handler: H)
where
    H: Handler + Clone + Send + 'static,
{
    let sessions = SessionBuilder::new(name);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (sessions, handler) = (sessions.clone(), handler.clone());
            std::thread::spawn(move || {
                // A client that goes away mid-conversation ends only its own connection.
                let _ = converse(stream, &sessions, handler);
            });
        }
    });
}

/// One SMTP conversation: the greeting, then a reply to each line the session asks to answer,
/// until the client quits or the session closes the connection.
fn converse<H: Handler>(
    stream: TcpStream,
    sessions: &SessionBuilder,
    handler: H,
) -> io::Result<()> {
    let mut session = sessions.build(stream.peer_addr()?.ip(), handler);
    let mut lines = BufReader::new(stream.try_clone()?);
    let mut replies = BufWriter::new(stream);
    reply(&mut replies, &session.greeting())?;
    let mut line = Vec::with_capacity(1024);
    loop {
        line.clear();
        if lines.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        let response = session.process(&line);
        match response.action {
            Action::NoReply => {}
            Action::Reply => reply(&mut replies, &response)?,
            Action::Close | Action::UpgradeTls => return reply(&mut replies, &response),
        }
    }
}

fn reply(out: &mut BufWriter<TcpStream>, response: &Response) -> io::Result<()> {
    response.write_to(out)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Inbox {
        messages: Arc<Mutex<Vec<Vec<u8>>>>,
        current: Vec<u8>,
    }

    impl Handler for Inbox {
        fn data(&mut self, buf: &[u8]) -> io::Result<()> {
            self.current.extend_from_slice(buf);
            Ok(())
        }

        fn data_end(&mut self) -> Response {
            let message = std::mem::take(&mut self.current);
            self.messages.lock().unwrap().push(message);
            response::OK
        }
    }

    #[test]
    fn a_message_sent_over_smtp_arrives_whole_with_its_dots_unstuffed() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        let inbox = Inbox::default();
        serve(listener, "sink.test", inbox.clone());

        let mut client = TcpStream::connect(address).unwrap();
        let mut conversation = String::new();
        for line in [
            "EHLO client.test\r\n",
            "MAIL FROM:<a@example.com>\r\n",
            "RCPT TO:<b@example.com>\r\n",
            "DATA\r\n",
            "Subject: hi\r\n\r\n..leading dot\r\nbody\r\n.\r\n",
            "QUIT\r\n",
        ] {
            client.write_all(line.as_bytes()).unwrap();
        }
        client.read_to_string(&mut conversation).unwrap();

        assert!(conversation.starts_with("220 sink.test"), "{conversation}");
        assert!(
            conversation.trim_end().ends_with("221 Goodbye"),
            "{conversation}"
        );
        let messages = inbox.messages.lock().unwrap();
        assert_eq!(messages.len(), 1);
        assert_eq!(
            String::from_utf8_lossy(&messages[0]),
            "Subject: hi\r\n\r\n.leading dot\r\nbody\r\n"
        );
    }
}
