#pragma once

namespace lifeline::net {

// Process-wide settings every program that moves bulk data over Qt's TLS sockets wants,
// called once at the top of main() before any socket exists:
//  - glibc malloc keeps large freed buffers instead of returning them to the kernel (Qt's
//    TLS layer allocates transient buffers of everything pending on a socket; otherwise each
//    read would map fresh pages and fault them in: a third of the relay's CPU, measured);
//  - the soft limit on open files is raised to the hard limit (two sockets per session).
void tuneProcessForNetworking();

}  // namespace lifeline::net
