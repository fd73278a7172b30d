//! Private network namespaces for the network tests (a dead network, a
//! silent DNS server), made with unshare(2) as root, as CI runs. Nothing
//! outside the namespace sees their traffic.

use std::io;

const NEEDS_ROOT: &str = "the network tests make a private network namespace, which needs \
                          root (CAP_SYS_ADMIN): run the tests as root, as CI (.ci/run) does";

/// Set the loopback interface of the calling thread's network namespace
/// up or down (SIOCSIFFLAGS, as `ip link set lo up|down`). Only system
/// calls: safe between fork and exec.
pub fn set_loopback(up: bool) -> io::Result<()> {
    unsafe {
        let fd = libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0);
        if fd < 0 {
            return Err(io::Error::last_os_error());
        }
        let mut ifr: libc::ifreq = std::mem::zeroed();
        for (i, b) in b"lo\0".iter().enumerate() {
            ifr.ifr_name[i] = *b as libc::c_char;
        }
        let mut rc = libc::ioctl(fd, libc::SIOCGIFFLAGS as _, &mut ifr);
        if rc == 0 {
            let flags = ifr.ifr_ifru.ifru_flags;
            ifr.ifr_ifru.ifru_flags = if up {
                flags | libc::IFF_UP as libc::c_short
            } else {
                flags & !(libc::IFF_UP as libc::c_short)
            };
            rc = libc::ioctl(fd, libc::SIOCSIFFLAGS as _, &ifr);
        }
        let result = if rc == 0 {
            Ok(())
        } else {
            Err(io::Error::last_os_error())
        };
        libc::close(fd);
        result
    }
}

/// Run `body` on a thread of its own in a new network namespace whose
/// loopback is up; processes it spawns live there too.
pub fn in_new_netns<R: Send + 'static>(body: impl FnOnce() -> R + Send + 'static) -> R {
    let thread = std::thread::spawn(move || {
        // Per thread: the rest of the test process keeps its network.
        if unsafe { libc::unshare(libc::CLONE_NEWNET) } != 0 {
            panic!("{NEEDS_ROOT} (unshare: {})", io::Error::last_os_error());
        }
        set_loopback(true).expect("bring lo up in the new namespace");
        body()
    });
    match thread.join() {
        Ok(result) => result,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}

/// For `Command::pre_exec`: move the child into new mount and network
/// namespaces where /etc/resolv.conf is `resolv_conf` (a NUL-terminated
/// path) and a UDP socket on 127.0.0.1:53 takes every DNS query and never
/// answers. Only system calls: safe between fork and exec.
pub fn silent_dns(resolv_conf: &[u8]) -> io::Result<()> {
    let err = || Err(io::Error::last_os_error());
    unsafe {
        if libc::unshare(libc::CLONE_NEWNS | libc::CLONE_NEWNET) != 0 {
            return err();
        }
        let none = c"none".as_ptr();
        if libc::mount(
            none,
            c"/".as_ptr(),
            std::ptr::null(),
            libc::MS_REC | libc::MS_PRIVATE,
            std::ptr::null(),
        ) != 0
        {
            return err();
        }
        if libc::mount(
            resolv_conf.as_ptr().cast(),
            c"/etc/resolv.conf".as_ptr(),
            std::ptr::null(),
            libc::MS_BIND,
            std::ptr::null(),
        ) != 0
        {
            return err();
        }
        set_loopback(true)?;
        // Inherited by the program (no CLOEXEC): the queries queue up on it.
        let fd = libc::socket(libc::AF_INET, libc::SOCK_DGRAM, 0);
        let mut addr: libc::sockaddr_in = std::mem::zeroed();
        addr.sin_family = libc::AF_INET as libc::sa_family_t;
        addr.sin_port = 53u16.to_be();
        addr.sin_addr.s_addr = u32::from_be_bytes([127, 0, 0, 1]).to_be();
        if fd < 0
            || libc::bind(
                fd,
                (&addr as *const libc::sockaddr_in).cast(),
                std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t,
            ) != 0
        {
            return err();
        }
    }
    Ok(())
}

/// Why a `silent_dns` child could not start, in words that say how to fix it.
pub fn explain(error: &io::Error) -> String {
    format!("{NEEDS_ROOT} ({error})")
}
