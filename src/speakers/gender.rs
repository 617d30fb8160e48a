//! Gender hints for he/she agreement: role words ("spokeswoman") and common first names.

use std::sync::OnceLock;

use super::words::{has, lexicon, Lexicon};

#[rustfmt::skip]
pub(super) static FEMALE: Lexicon = lexicon(&[
    "actress", "aunt", "chairwoman", "congresswoman", "dame", "daughter", "fiancee", "fiancée", "girlfriend",
    "granddaughter", "grandmother", "lady", "madam", "miss", "mother", "mrs", "ms", "niece", "princess", "queen",
    "sister", "spokeswoman", "stepmother", "widow", "wife", "woman",
]);
#[rustfmt::skip]
pub(super) static MALE: Lexicon = lexicon(&[
    "actor", "boyfriend", "brother", "chairman", "congressman", "father", "grandfather", "grandson", "husband",
    "king", "lord", "man", "mr", "nephew", "prince", "sir", "son", "spokesman", "stepfather", "uncle", "widower",
]);

/// Gender carried by a title or role word: Some(true) = female.
pub fn gender_of(w: &str) -> Option<bool> {
    if has(&FEMALE, w) {
        Some(true)
    } else if has(&MALE, w) {
        Some(false)
    } else {
        None
    }
}

/// Common first names, for he/she agreement (a rough signal, never a requirement).
#[rustfmt::skip]
pub(super) static FEMALE_NAMES: Lexicon = lexicon(&[
    "abigail", "aisha", "alexis", "alice", "amanda", "amber", "amy", "anastasia", "andrea",
    "angela", "angelina", "ann", "anna", "anne", "ashley", "astrid", "barbara", "betty", "beverly",
    "brenda", "brittany", "carol", "carolyn", "catherine", "chantal", "charlotte", "cheryl",
    "chloe", "christina", "christine", "claire", "cynthia", "danielle", "deborah", "debra",
    "denise", "diana", "diane", "donna", "doris", "dorothy", "elaine", "elena", "elizabeth",
    "ella", "emily", "emma", "evelyn", "fatima", "fiona", "francoise", "gail", "gloria", "grace",
    "greta", "hannah", "heather", "helen", "helga", "holly", "ingrid", "irina", "isabella",
    "isabelle", "jacqueline", "jane", "janet", "janice", "jennifer", "jenny", "jessica", "jill",
    "joan", "joanne", "joy", "joyce", "judith", "judy", "julia", "julie", "karen", "kate",
    "katherine", "kathleen", "kathryn", "kathy", "katie", "katy", "kayla", "kelly", "kimberly",
    "krista", "kristen", "kristin", "laura", "lauren", "leah", "linda", "lisa", "lori", "louise",
    "lucy", "lynn", "lynne", "margaret", "maria", "marie", "marilyn", "marion", "martha", "mary",
    "megan", "meghan", "melissa", "michelle", "molly", "monica", "monique", "nancy", "natalia",
    "natalie", "nathalie", "nicole", "nina", "nora", "olga", "olivia", "pamela", "patricia",
    "patty", "paula", "peggy", "penny", "priya", "rachel", "rebecca", "rita", "robin", "rose",
    "ruby", "ruth", "sally", "samantha", "sandra", "sara", "sarah", "shannon", "sharon", "sheila",
    "shirley", "sonia", "sophia", "sophie", "stacy", "stephanie", "sue", "susan", "susie",
    "suzanne", "svetlana", "sylvie", "tamara", "tara", "tatiana", "teresa", "terri", "theresa",
    "tiffany", "tina", "tracy", "trish", "ursula", "valerie", "vanessa", "veronica", "vicky",
    "victoria", "virginia", "wanda", "wendy", "yvonne", "zoe",
]);

#[rustfmt::skip]
pub(super) static MALE_NAMES: Lexicon = lexicon(&[
    "aaron", "abdul", "adam", "ahmed", "alain", "alan", "albert", "alexander", "ali", "amit",
    "andre", "andrew", "anthony", "antonio", "arthur", "austin", "barry", "ben", "benjamin",
    "bill", "billy", "blake", "bob", "bobby", "brandon", "brent", "brett", "brian", "bruce",
    "bryan", "carl", "carlos", "chad", "charles", "charlie", "chris", "christian", "christopher",
    "cody", "colin", "dale", "dan", "daniel", "dave", "david", "dennis", "derek", "dmitry", "don",
    "donald", "doug", "douglas", "dylan", "earl", "ed", "edward", "elijah", "emmanuel", "eric",
    "ethan", "eugene", "floyd", "francois", "frank", "fred", "gabriel", "garry", "gary", "george",
    "gerald", "giuseppe", "glenn", "graham", "grant", "greg", "gregory", "hamid", "hans", "harold",
    "harry", "hassan", "henry", "herbert", "hiroshi", "howard", "hugh", "ian", "ivan", "jack",
    "jacob", "jacques", "jake", "james", "jason", "jeffrey", "jeremy", "jerry", "jesse", "jim",
    "joe", "john", "jonathan", "jordan", "jorge", "jose", "joseph", "joshua", "juan", "jurgen",
    "justin", "keith", "ken", "kenji", "kenneth", "kevin", "kirk", "klaus", "kyle", "larry",
    "lawrence", "leo", "leonard", "lloyd", "logan", "louis", "luc", "luigi", "luis", "luke",
    "marc", "marco", "mark", "martin", "mason", "matthew", "max", "michael", "michel", "miguel",
    "mike", "mohamed", "mohammed", "muhammad", "nathan", "neil", "nicholas", "nick", "noah",
    "norman", "oliver", "omar", "patrick", "paul", "pedro", "peter", "philip", "pierre", "rahul",
    "raj", "ralph", "randy", "raymond", "rene", "rex", "richard", "robert", "roger", "ron",
    "ronald", "roy", "russell", "ryan", "samuel", "sanjay", "scott", "sean", "sergei", "shane",
    "simon", "stan", "stephane", "stephen", "steve", "steven", "stuart", "terry", "thomas", "tim",
    "timothy", "todd", "tom", "travis", "trevor", "troy", "tyler", "vijay", "vincent", "vladimir",
    "wade", "walter", "wayne", "william", "willie", "wolfgang", "xavier", "yves", "zachary",
]);

/// Gender suggested by a first name: Some(true) = female. The hand-made lists above first
/// (they know names from outside the United States, and names that are English words too:
/// "mark"), then the census's names (`given-names.txt`).
pub fn name_gender(first: &str) -> Option<bool> {
    if has(&FEMALE_NAMES, first) {
        Some(true)
    } else if has(&MALE_NAMES, first) {
        Some(false)
    } else {
        match census_name(first)? {
            b'f' => Some(true),
            b'm' => Some(false),
            _ => None,
        }
    }
}

/// Whether `w` is a known first name, of either gender or of both ("Morgan").
pub fn is_given_name(w: &str) -> bool {
    has(&FEMALE_NAMES, w) || has(&MALE_NAMES, w) || census_name(w).is_some()
}

/// The census's first names (`given-names.txt`, written by `scripts/given-names.py` from the
/// 1990 US Census tables): `f`, `m` or `u` (either) for a name, None for another word.
fn census_name(w: &str) -> Option<u8> {
    let w = w.strip_suffix('.').unwrap_or(w);
    let b = w.as_bytes();
    if b.len() < 2 || b.len() > 15 || !b[0].is_ascii_alphabetic() || !b[1].is_ascii_alphabetic() {
        return None;
    }
    let census = Census::get();
    let k = Census::bucket(b[0], b[1]);
    let names = &census.names[census.starts[k] as usize..census.starts[k + 1] as usize];
    if names.is_empty() {
        return None;
    }
    // the word lower-cased on the stack, searched by halves among the names sharing its first
    // two letters (a hash map cost 1.4% of the instructions of reading a Reuters sample, one
    // search over the whole list 0.6%)
    let mut key = [0u8; 15];
    let key = &mut key[..b.len()];
    key.copy_from_slice(b);
    key.make_ascii_lowercase();
    let at = names
        .binary_search_by(|(n, _)| n.as_bytes().cmp(key))
        .ok()?;
    Some(names[at].1)
}

/// The census list read once: the names in order, and where the names of each pair of first
/// letters start.
struct Census {
    names: Vec<(&'static str, u8)>,
    starts: Vec<u32>,
}

impl Census {
    fn get() -> &'static Census {
        static LIST: &str = include_str!("given-names.txt");
        static CENSUS: OnceLock<Census> = OnceLock::new();
        CENSUS.get_or_init(|| {
            let names: Vec<(&str, u8)> = LIST
                .lines()
                .filter_map(|l| l.split_once(' '))
                .filter(|(n, _)| n.len() >= 2 && n.bytes().all(|c| c.is_ascii_lowercase()))
                .map(|(n, g)| (n, g.as_bytes().first().copied().unwrap_or(b'u')))
                .collect();
            let mut starts = vec![0u32; 26 * 26 + 1];
            for (n, _) in &names {
                let b = n.as_bytes();
                starts[Self::bucket(b[0], b[1]) + 1] += 1;
            }
            for k in 1..starts.len() {
                starts[k] += starts[k - 1];
            }
            Census { names, starts }
        })
    }

    /// The bucket of a word by its first two letters, in either case.
    fn bucket(a: u8, b: u8) -> usize {
        let l = |c: u8| (c.to_ascii_lowercase() - b'a') as usize;
        l(a) * 26 + l(b)
    }
}

#[cfg(test)]
mod tests {
    use super::{census_name, is_given_name, name_gender};

    /// The census list is searched by halves: it must stay sorted, lower-case, one name and
    /// one of `f`, `m`, `u` a line.
    #[test]
    fn the_census_list_is_sorted_and_well_formed() {
        let lines: Vec<&str> = include_str!("given-names.txt").lines().collect();
        assert!(lines.len() > 1000);
        for pair in lines.windows(2) {
            assert!(pair[0] < pair[1], "{} !< {}", pair[0], pair[1]);
        }
        for l in &lines {
            let (name, g) = l.split_once(' ').expect("name and gender");
            assert!(name.bytes().all(|b| b.is_ascii_lowercase()), "{l}");
            assert!(matches!(g, "f" | "m" | "u"), "{l}");
        }
    }

    #[test]
    fn census_names_are_found_in_any_case() {
        assert_eq!(census_name("Esther"), Some(b'f'));
        assert_eq!(census_name("ESTHER"), Some(b'f'));
        assert_eq!(name_gender("Kurt"), Some(false));
        assert_eq!(name_gender("Leigh"), None);
        assert!(is_given_name("Leigh"));
        assert!(!is_given_name("Harbour"));
        // lower-case words and places are left out of the list
        assert!(!is_given_name("hope") && !is_given_name("Georgia"));
    }
}
