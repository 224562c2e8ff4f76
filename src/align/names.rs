//! A small sorted set of name keys, for claim features.

/// Names (canonical entity keys), sorted and distinct. A claim's features hold several such
/// sets of one to three names each; a `BTreeSet` spends a 280-byte node on each, which over
/// the millions of claims of a large corpus is gigabytes. Iterates in the same (sorted)
/// order as a `BTreeSet<String>`.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NameSet(Vec<String>);

impl NameSet {
    pub fn new() -> NameSet {
        NameSet(Vec::new())
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.iter()
    }
    pub fn contains(&self, name: &str) -> bool {
        self.0.binary_search_by(|n| n.as_str().cmp(name)).is_ok()
    }
    /// Adds `name`; false if it was there.
    pub fn insert(&mut self, name: String) -> bool {
        match self.0.binary_search(&name) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, name);
                true
            }
        }
    }
    /// The names in both, in order.
    pub fn intersection<'a>(&'a self, other: &'a NameSet) -> impl Iterator<Item = &'a String> + 'a {
        self.0.iter().filter(|n| other.contains(n))
    }
    pub fn is_disjoint(&self, other: &NameSet) -> bool {
        self.intersection(other).next().is_none()
    }
}

impl Extend<String> for NameSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, names: I) {
        self.0.extend(names);
        self.0.sort_unstable();
        self.0.dedup();
        self.0.shrink_to_fit();
    }
}

impl FromIterator<String> for NameSet {
    fn from_iter<I: IntoIterator<Item = String>>(names: I) -> NameSet {
        let mut set = NameSet::new();
        set.extend(names);
        set
    }
}

impl<'a> IntoIterator for &'a NameSet {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl IntoIterator for NameSet {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::NameSet;

    #[test]
    fn keeps_names_sorted_and_distinct() {
        let mut set: NameSet = ["putin", "trump", "putin"].map(String::from).into_iter().collect();
        assert_eq!(set.iter().collect::<Vec<_>>(), ["putin", "trump"]);
        assert!(set.insert("orban".into()));
        assert!(!set.insert("trump".into()));
        assert_eq!(set.iter().collect::<Vec<_>>(), ["orban", "putin", "trump"]);
        let other: NameSet = ["trump", "zelensky"].map(String::from).into_iter().collect();
        assert_eq!(set.intersection(&other).collect::<Vec<_>>(), ["trump"]);
        assert!(!set.is_disjoint(&other) && set.contains("orban") && !set.contains("zelensky"));
    }
}
