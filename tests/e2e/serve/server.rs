//! `search serve` started on a free port for a test, and a plain HTTP/1.1 client for it.
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::util::TestEnv;

pub struct Server {
    child: Child,
    pub port: u16,
    /// Lines the server wrote to stderr after the one naming its address.
    pub stderr: mpsc::Receiver<String>,
}

/// One response: status, headers as sent, body.
pub struct Reply {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    /// The value of header `name` (any case), if sent.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

impl Server {
    /// `search serve --port 0 ARGS` in the test folder; returns once it says where it listens.
    pub fn start(env: &TestEnv, args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_search"))
            .current_dir(env.root())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .args(["serve", "--port", "0"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start search serve");
        let stderr = child.stderr.take().expect("stderr");
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        let mut said = Vec::new();
        let port = loop {
            let line = match lines.recv_timeout(Duration::from_secs(30)) {
                Ok(line) => line,
                Err(_) => panic!("search serve said no address: {said:?}"),
            };
            if let Some(port) = line
                .split("http://127.0.0.1:")
                .nth(1)
                .and_then(|rest| rest.split('/').next())
                .and_then(|port| port.parse().ok())
            {
                break port;
            }
            said.push(line);
        };
        Server {
            child,
            port,
            stderr: lines,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub fn get(&self, target: &str) -> Reply {
        self.request("GET", target, &format!("127.0.0.1:{}", self.port))
    }

    /// `method target` with this Host header, read to the end.
    pub fn request(&self, method: &str, target: &str, host: &str) -> Reply {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .expect("timeout");
        write!(
            stream,
            "{method} {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .expect("send");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("read reply");
        let raw = String::from_utf8(raw).expect("UTF-8 reply");
        let (head, body) = raw.split_once("\r\n\r\n").expect("head and body");
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("status");
        Reply {
            status,
            head: head.to_owned(),
            body: body.to_owned(),
        }
    }

    /// The status line the server answers `raw` bytes with.
    pub fn raw(&self, raw: &[u8]) -> String {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .expect("timeout");
        // The server may answer and close before reading all of it.
        let _ = stream.write_all(raw);
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer);
        let answer = String::from_utf8_lossy(&answer);
        answer.lines().next().unwrap_or_default().to_owned()
    }

    /// `GET target`, asserting its status, as JSON.
    pub fn json(&self, target: &str, status: u16) -> serde_json::Value {
        let reply = self.get(target);
        assert_eq!(reply.status, status, "{target}: {}", reply.body);
        reply.json()
    }

    /// Sends SIGINT, as Ctrl-C does, and waits for the exit code.
    pub fn interrupt(mut self) -> (Option<i32>, Vec<String>) {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill").args(["-INT", &pid]).status();
        assert!(sent.is_ok_and(|s| s.success()), "kill -INT");
        for _ in 0..100 {
            if let Ok(Some(status)) = self.child.try_wait() {
                // The reader thread may not have passed on the last lines yet: read to its
                // end (the pipe closed with the process), not only what has arrived.
                let mut said = Vec::new();
                while let Ok(line) = self.stderr.recv_timeout(Duration::from_secs(5)) {
                    said.push(line);
                }
                return (status.code(), said);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("search serve did not stop within 5 s of Ctrl-C");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
