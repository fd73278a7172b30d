//! TCP ports for the servers the tests start, and ports where nothing
//! listens.
//!
//! Asking the kernel for a free port (bind port 0, close, hand the number
//! on) races: between the close and the server's bind, anything on the
//! machine may take it, and the kernel hands out exactly those numbers for
//! every outgoing connection too. So the ports come from below the
//! kernel's ephemeral range, which it never hands out by itself, each test
//! process starting in a block of its own (chosen by its process id, so
//! that the test runs of several worktrees on one machine keep apart),
//! never giving one out twice, and skipping any that something holds. A
//! server that still finds its port taken starts again on another one
//! (see `Cluster::new`, `pgbouncer::start`).

use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::sync::atomic::{AtomicU32, Ordering};

/// Ports handed out: [FIRST, LAST), below Linux's default ephemeral range
/// (32768-60999) and above the usual servers' ports.
const FIRST: u32 = 20_000;
const LAST: u32 = 32_000;
/// Ports a test process starts from before it reaches another's block
/// (a run uses about a hundred).
const BLOCK: u32 = 400;

/// A TCP port on 127.0.0.1 that nothing holds now, that this process has
/// not handed out before, and that the kernel does not hand out by itself.
pub fn free_port() -> u16 {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let span = LAST - FIRST;
    let start = std::process::id() % (span / BLOCK) * BLOCK;
    for _ in 0..span {
        let offset = (start + NEXT.fetch_add(1, Ordering::SeqCst)) % span;
        let port = (FIRST + offset) as u16;
        if TcpListener::bind((Ipv4Addr::LOCALHOST, port)).is_ok() {
            return port;
        }
    }
    panic!("no free TCP port on 127.0.0.1 between {FIRST} and {LAST}");
}

/// A port on 127.0.0.1 where a connection is refused, held for as long as
/// the value lives: a socket bound to it that never listens. Nothing else
/// can bind the port meanwhile (a port merely free when asked could be
/// taken by a server another test starts).
pub struct RefusedPort {
    _socket: socket2::Socket,
    pub port: u16,
}

impl RefusedPort {
    pub fn new() -> RefusedPort {
        let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None)
            .expect("a TCP socket");
        // No SO_REUSEADDR: a server's bind to this port fails while we hold it.
        socket
            .bind(&SocketAddr::from((Ipv4Addr::LOCALHOST, 0)).into())
            .expect("bind 127.0.0.1:0");
        let port = socket
            .local_addr()
            .unwrap()
            .as_socket()
            .expect("an IPv4 address")
            .port();
        RefusedPort {
            _socket: socket,
            port,
        }
    }
}

impl Default for RefusedPort {
    fn default() -> Self {
        Self::new()
    }
}

#[test]
fn a_refused_port_refuses_and_cannot_be_taken() {
    let refused = RefusedPort::new();
    let err = std::net::TcpStream::connect((Ipv4Addr::LOCALHOST, refused.port)).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::ConnectionRefused);
    assert!(TcpListener::bind((Ipv4Addr::LOCALHOST, refused.port)).is_err());
    let (a, b) = (free_port(), free_port());
    assert_ne!(a, b);
    assert!((FIRST..LAST).contains(&u32::from(a)));
}
