//! The client's address, for throttling and logs: the TCP peer, unless the peer is one of
//! `server.trusted_proxies`; only then is `X-Forwarded-For` read, from the right, and the first
//! address that is not itself a trusted proxy is the client. A header sent by anyone else is
//! ignored, so a client cannot pick the address it is counted under.

use crate::domain::IpRange;
use actix_web::HttpRequest;
use std::net::IpAddr;

/// The header a reverse proxy appends the address of its own peer to.
const FORWARDED_FOR: &str = "x-forwarded-for";

/// The client address of `request` (`"unknown"` when the server has no peer address, as in
/// some unit-test requests).
pub fn client_address(request: &HttpRequest, trusted: &[IpRange]) -> String {
    match request.peer_addr() {
        Some(peer) => resolve(peer.ip(), forwarded_for(request), trusted).to_string(),
        None => "unknown".to_owned(),
    }
}

/// Every `X-Forwarded-For` hop of the request, left (client side) to right (nearest proxy).
fn forwarded_for(request: &HttpRequest) -> Vec<String> {
    request
        .headers()
        .get_all(FORWARDED_FOR)
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(|hop| hop.trim().to_owned())
        .collect()
}

/// The client behind `peer`: walks the hops from the right while each hop is a trusted proxy.
/// A hop that is not an address ends the walk at the last trusted one.
fn resolve(peer: IpAddr, hops: Vec<String>, trusted: &[IpRange]) -> IpAddr {
    let is_trusted = |address: IpAddr| trusted.iter().any(|range| range.contains(address));
    let mut client = peer;
    for hop in hops.iter().rev() {
        if !is_trusted(client) {
            break;
        }
        match hop.parse::<IpAddr>() {
            Ok(address) => client = address,
            Err(_) => break,
        }
    }
    client.to_canonical()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn hops(text: &str) -> Vec<String> {
        text.split(',').map(|hop| hop.trim().to_owned()).collect()
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_forwards() {
        let client = resolve(ip("198.51.100.1"), hops("203.0.113.7"), &[]);
        assert_eq!(client, ip("198.51.100.1"));
    }

    #[test]
    fn a_trusted_proxy_names_the_right_most_untrusted_hop() {
        let trusted = [IpRange::parse("10.0.0.0/8").unwrap()];
        let client = resolve(
            ip("10.0.0.2"),
            hops("192.0.2.66, 203.0.113.7, 10.0.0.9"),
            &trusted,
        );
        assert_eq!(client, ip("203.0.113.7"));
    }

    #[test]
    fn a_garbled_hop_stops_at_the_last_trusted_proxy() {
        let trusted = [IpRange::parse("10.0.0.0/8").unwrap()];
        let client = resolve(ip("10.0.0.2"), hops("203.0.113.7, unknown"), &trusted);
        assert_eq!(client, ip("10.0.0.2"));
    }
}
