//! An IP address range (`203.0.113.7`, `10.0.0.0/8`, `fd00::/8`): what `server.trusted_proxies`
//! lists.

use serde::Deserialize;
use std::net::IpAddr;

/// One address, or a network in CIDR notation. A bare address is a range of one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct IpRange {
    network: IpAddr,
    prefix: u8,
}

impl IpRange {
    /// Parses `ADDRESS` or `ADDRESS/PREFIX` (IPv4 or IPv6).
    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        let (address, prefix) = match raw.split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (raw, None),
        };
        let network: IpAddr = address
            .parse()
            .map_err(|_| format!("`{raw}` is not an IP address or CIDR range"))?;
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => max,
            Some(text) => text
                .parse::<u8>()
                .ok()
                .filter(|prefix| *prefix <= max)
                .ok_or_else(|| format!("`{raw}` has a prefix length outside 0..={max}"))?,
        };
        Ok(Self { network, prefix })
    }

    /// True when `address` lies in the range (an IPv4-mapped IPv6 address counts as IPv4).
    pub fn contains(&self, address: IpAddr) -> bool {
        let address = address.to_canonical();
        match (self.network.to_canonical(), address) {
            (IpAddr::V4(network), IpAddr::V4(address)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(network) & mask == u32::from(address) & mask
            }
            (IpAddr::V6(network), IpAddr::V6(address)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(network) & mask == u128::from(address) & mask
            }
            _ => false,
        }
    }
}

impl TryFrom<String> for IpRange {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        IpRange::parse(&value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn a_bare_address_contains_only_itself() {
        let range = IpRange::parse("203.0.113.7").unwrap();
        assert!(range.contains(ip("203.0.113.7")));
        assert!(!range.contains(ip("203.0.113.8")));
    }

    #[test]
    fn a_network_contains_its_addresses_in_both_families() {
        let v4 = IpRange::parse("10.0.0.0/8").unwrap();
        assert!(v4.contains(ip("10.200.1.2")));
        assert!(v4.contains(ip("::ffff:10.1.2.3")));
        assert!(!v4.contains(ip("11.0.0.1")));
        let v6 = IpRange::parse("fd00::/8").unwrap();
        assert!(v6.contains(ip("fd12::1")));
        assert!(!v6.contains(ip("fe80::1")));
        assert!(
            IpRange::parse("0.0.0.0/0")
                .unwrap()
                .contains(ip("192.0.2.1"))
        );
    }

    #[test]
    fn malformed_ranges_are_refused() {
        for raw in ["", "example.com", "10.0.0.0/33", "::/129", "10.0.0.0/x"] {
            assert!(IpRange::parse(raw).is_err(), "{raw}");
        }
    }
}
