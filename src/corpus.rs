//! corpus: `(docs, seed)` -> generated wire coverage as JSONL documents, and sentence pairs.
//!
//! For benchmarks and scale tests only (behind the `corpus` feature, which the tests,
//! benches and the `gen_corpus` example switch on through a dev-dependency on this crate):
//! the wording is invented here and must never be used to tune rules; the evaluation texts
//! are the real articles. Many events, each covered by several outlets with varied
//! attribution, figures with bounds, relative dates, chrome lines, some sources disagreeing
//! and most agreeing, 2-6 KB per document.
//!
//! Deterministic without a dependency: a splitmix64 generator seeded per document and per
//! event, so document `i` of a corpus is the same whether it is generated alone or in order.

use jiff::ToSpan;
use jiff::civil::{Date, date};

/// A small, fast, deterministic generator (splitmix64); not for anything secret.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    /// A generator for one item of a stream: independent of the items before it.
    pub fn derive(seed: u64, salt: u64, index: u64) -> Self {
        let mut r = Rng(seed ^ salt.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        r.0 ^= r.next_u64().wrapping_add(index.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) % n as u64) as usize
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// One generated document, with the fields `contra` reads from JSONL.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct GeneratedDoc {
    pub id: String,
    pub outlet: String,
    pub published: String,
    pub title: String,
    pub url: String,
    pub text: String,
}

impl GeneratedDoc {
    /// One JSONL line, without its line break.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("strings always serialise")
    }
}

/// Documents per event on average: each event is covered by several outlets.
const DOCS_PER_EVENT: usize = 5;
/// Propositions per event kind (`Event::clause`).
const CLAUSES: usize = 9;
const SALT_DOC: u64 = 1;
const SALT_EVENT: u64 = 2;
const SALT_PAIR: u64 = 3;

/// The documents of a corpus of `docs` documents, in order.
pub fn documents(docs: usize, seed: u64) -> impl Iterator<Item = GeneratedDoc> {
    (0..docs).map(move |i| document(i, docs, seed))
}

/// The whole corpus as JSONL text (for benchmarks that keep it in memory).
pub fn jsonl(docs: usize, seed: u64) -> String {
    let mut out = String::with_capacity(docs * 4500);
    for d in documents(docs, seed) {
        out.push_str(&d.to_json());
        out.push('\n');
    }
    out
}

/// Document `i` of a corpus of `docs` documents.
pub fn document(i: usize, docs: usize, seed: u64) -> GeneratedDoc {
    let events = docs.div_ceil(DOCS_PER_EVENT).max(1);
    let mut rng = Rng::derive(seed, SALT_DOC, i as u64);
    // Coverage of one event arrives close together, interleaved with its neighbours'.
    let jitter = rng.below(2 * DOCS_PER_EVENT) as isize - DOCS_PER_EVENT as isize;
    let e = ((i as isize + jitter).max(0) as usize / DOCS_PER_EVENT).min(events - 1);
    let event = Event::new(e, events, seed);
    write_document(i, &event, &mut rng)
}

/// Sentence pairs `(id, a, b)` in the shape `contra pairs` reads: about a third saying the
/// same thing, a third disagreeing on a figure, a date or a stance, a third unrelated.
pub fn pairs(n: usize, seed: u64) -> impl Iterator<Item = (String, String, String)> {
    (0..n).map(move |i| {
        let mut rng = Rng::derive(seed, SALT_PAIR, i as u64);
        let e = Event::new(rng.below(1000), 1000, seed);
        let n = rng.below(CLAUSES);
        // The same words seed for both sides, so only what the pair is about differs.
        let words = rng.next_u64();
        let a = e.fact_sentence(n, &mut Rng::new(words), &mut rng, &e.sources[0]);
        let b = match rng.below(3) {
            0 => e.fact_sentence(n, &mut Rng::new(words), &mut rng, &e.sources[1]),
            1 => {
                let mut other = e.clone();
                other.figure = other.rival_figure;
                other.alt = !other.alt;
                other.fact_sentence(n, &mut Rng::new(words), &mut rng, &e.sources[1])
            }
            _ => {
                let other = Event::new(rng.below(1000), 1000, seed ^ 0xFFFF);
                other.fact_sentence(rng.below(CLAUSES), &mut Rng::new(words), &mut rng, &other.sources[0])
            }
        };
        (format!("p{}", i + 1), a, b)
    })
}

/// The pairs as JSONL text.
pub fn pairs_jsonl(n: usize, seed: u64) -> String {
    let mut out = String::new();
    for (id, a, b) in pairs(n, seed) {
        out.push_str(&serde_json::json!({ "id": id, "a": a, "b": b }).to_string());
        out.push('\n');
    }
    out
}

// ---------------------------------------------------------------------------------------
// Word stock. Names are put together from parts so that a large corpus keeps meeting new
// people and places, as real wire copy does, instead of cycling through a short list.

const FIRST: &[&str] = &[
    "Adrian",
    "Amira",
    "Boris",
    "Carmen",
    "Dmitri",
    "Elena",
    "Farid",
    "Greta",
    "Hassan",
    "Ines",
    "Jonas",
    "Katarina",
    "Leila",
    "Marek",
    "Nadia",
    "Omar",
    "Petra",
    "Rafael",
    "Sofia",
    "Tomas",
    "Ulrich",
    "Vera",
    "Walter",
    "Yusuf",
    "Zoran",
    "Anton",
    "Bianca",
    "Cyril",
    "Daria",
    "Emil",
    "Fatima",
    "Georgi",
    "Hana",
    "Ivan",
    "Jelena",
    "Karim",
    "Lucia",
    "Milan",
    "Noor",
    "Oskar",
    "Pavel",
    "Rosa",
    "Stefan",
    "Tamara",
    "Viktor",
    "Yasmin",
    "Aleksander",
    "Beatriz",
    "Kenji",
    "Mariam",
];
const LAST: &[&str] = &[
    "Abadi",
    "Novak",
    "Petrov",
    "Lindqvist",
    "Haddad",
    "Moreau",
    "Kowalski",
    "Tanaka",
    "Okafor",
    "Brennan",
    "Sato",
    "Castillo",
    "Dimitrov",
    "Eriksen",
    "Farouk",
    "Gallagher",
    "Horvat",
    "Ivanova",
    "Jansen",
    "Kuznetsov",
    "Laurent",
    "Mendes",
    "Nikolaidis",
    "Ortega",
    "Popescu",
    "Quinn",
    "Rahimi",
    "Schulz",
    "Toth",
    "Urban",
    "Vasquez",
    "Weber",
    "Yilmaz",
    "Zhukov",
    "Almeida",
    "Barzani",
    "Costa",
    "Draganov",
    "Esposito",
    "Fischer",
    "Georgiou",
    "Hakimi",
    "Iqbal",
    "Jovanovic",
    "Karimi",
    "Lazarov",
    "Marchetti",
    "Nasser",
    "Oyelaran",
    "Pereira",
    "Rossi",
    "Stanev",
    "Tahir",
    "Varga",
    "Wojcik",
    "Zaman",
    "Bakker",
    "Chaudhry",
    "Delgado",
    "Nakamura",
];
const PLACE_HEAD: &[&str] = &[
    "Var", "Kal", "Bel", "Dor", "Mir", "Tal", "Sor", "Ven", "Kor", "Lan", "Bra", "Zel", "Gor", "Ost", "Nar", "Pel",
    "Ros", "Tem", "Ush", "Hal", "Kir", "Mar", "Sab", "Tor", "Al", "Den", "Fal", "Jar", "Lor", "Nov",
];
const PLACE_TAIL: &[&str] = &[
    "osk", "ina", "ava", "ovo", "ansk", "ara", "ingen", "abad", "ston", "enza", "grad", "ovka", "ium", "oren", "ach",
    "ville", "ita", "ash", "undi", "era", "ogo", "anya", "ek", "isham",
];
const COUNTRIES: &[&str] = &[
    "Ukraine",
    "Russia",
    "France",
    "Germany",
    "Poland",
    "Turkey",
    "Iran",
    "Iraq",
    "Syria",
    "Israel",
    "Egypt",
    "Nigeria",
    "Kenya",
    "Ethiopia",
    "Sudan",
    "Afghanistan",
    "Pakistan",
    "India",
    "China",
    "Japan",
    "South Korea",
    "North Korea",
    "Indonesia",
    "Philippines",
    "Brazil",
    "Mexico",
    "Colombia",
    "Peru",
    "Chile",
    "Argentina",
    "Spain",
    "Italy",
    "Greece",
    "Bulgaria",
    "Romania",
    "Serbia",
    "Hungary",
    "Georgia",
    "Armenia",
    "Azerbaijan",
];
const CAPITALS: &[&str] = &[
    "Kyiv",
    "Moscow",
    "Paris",
    "Berlin",
    "Warsaw",
    "Ankara",
    "Tehran",
    "Baghdad",
    "Damascus",
    "Jerusalem",
    "Cairo",
    "Abuja",
    "Nairobi",
    "Addis Ababa",
    "Khartoum",
    "Kabul",
    "Islamabad",
    "New Delhi",
    "Beijing",
    "Tokyo",
    "Seoul",
    "Pyongyang",
    "Jakarta",
    "Manila",
    "Brasilia",
    "Mexico City",
    "Bogota",
    "Lima",
    "Santiago",
    "Buenos Aires",
    "Madrid",
    "Rome",
    "Athens",
    "Sofia",
    "Bucharest",
    "Belgrade",
    "Budapest",
    "Tbilisi",
    "Yerevan",
    "Baku",
];
const DEMONYMS: &[&str] = &[
    "Ukrainian",
    "Russian",
    "French",
    "German",
    "Polish",
    "Turkish",
    "Iranian",
    "Iraqi",
    "Syrian",
    "Israeli",
    "Egyptian",
    "Nigerian",
    "Kenyan",
    "Ethiopian",
    "Sudanese",
    "Afghan",
    "Pakistani",
    "Indian",
    "Chinese",
    "Japanese",
    "South Korean",
    "North Korean",
    "Indonesian",
    "Filipino",
    "Brazilian",
    "Mexican",
    "Colombian",
    "Peruvian",
    "Chilean",
    "Argentine",
    "Spanish",
    "Italian",
    "Greek",
    "Bulgarian",
    "Romanian",
    "Serbian",
    "Hungarian",
    "Georgian",
    "Armenian",
    "Azerbaijani",
];
const OUTLETS: &[(&str, &str)] = &[
    ("Associated Press", "apnews.com"),
    ("Reuters", "reuters.com"),
    ("Agence France-Presse", "afp.com"),
    ("BBC", "bbc.com"),
    ("CNN", "cnn.com"),
    ("Al Jazeera", "aljazeera.com"),
    ("Politico", "politico.eu"),
    ("Axios", "axios.com"),
    ("The Guardian", "theguardian.com"),
    ("Deutsche Welle", "dw.com"),
    ("Euronews", "euronews.com"),
    ("BTA", "bta.bg"),
    ("Anadolu", "aa.com.tr"),
    ("Kyodo", "english.kyodonews.net"),
    ("Yonhap", "en.yna.co.kr"),
    ("Xinhua", "english.news.cn"),
    ("TASS", "tass.com"),
    ("Ukrinform", "ukrinform.net"),
    ("Bloomberg", "bloomberg.com"),
    ("Financial Times", "ft.com"),
    ("Washington Post", "washingtonpost.com"),
    ("New York Times", "nytimes.com"),
    ("Sky News", "news.sky.com"),
    ("dpa", "dpa-international.com"),
];
/// How other outlets are cited in running text.
const CITED: &[&str] = &[
    "Reuters",
    "AFP",
    "AP",
    "CNN",
    "the BBC",
    "Al Jazeera",
    "Politico",
    "Axios",
    "Bloomberg",
    "the Financial Times",
    "the Wall Street Journal",
    "the New York Times",
    "Kyodo",
    "Yonhap",
    "TASS",
    "Interfax",
    "dpa",
    "Anadolu",
];
const GROUP_ADJ: &[&str] =
    &["Northern", "Free", "Popular", "Eastern", "United", "Revolutionary", "Patriotic", "Southern"];
const GROUP_NOUN: &[&str] = &["Front", "Brigades", "Movement", "Army", "Council", "Resistance", "Legion", "Alliance"];
const COMPANY_HEAD: &[&str] =
    &["Nord", "Vel", "Astra", "Kor", "Trans", "Medi", "Agri", "Petro", "Electro", "Sino", "Euro", "Atlas"];
const COMPANY_TAIL: &[&str] =
    &["tech", "gaz", "steel", "com", "pharm", "motors", "rail", "bank", "chem", "foods", "air", "mining"];
const WEEKDAY_NAMES: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const NUMBER_WORDS: &[&str] =
    &["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

#[derive(Debug, Clone)]
struct Person {
    title: &'static str,
    name: String,
}

impl Person {
    fn full(&self) -> String {
        format!("{} {}", self.title, self.name)
    }
    fn last(&self) -> &str {
        self.name.rsplit(' ').next().unwrap_or(&self.name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Attack,
    Disaster,
    Meeting,
    Protest,
    Launch,
    Jobs,
    Vote,
}

const KINDS: &[Kind] = &[
    Kind::Attack,
    Kind::Attack,
    Kind::Disaster,
    Kind::Meeting,
    Kind::Meeting,
    Kind::Protest,
    Kind::Launch,
    Kind::Jobs,
    Kind::Vote,
];

/// One news event: the facts every outlet draws on, and who is quoted.
#[derive(Debug, Clone)]
struct Event {
    kind: Kind,
    date: Date,
    country: usize,
    other_country: usize,
    place: String,
    region: String,
    group: String,
    company: String,
    /// Officials quoted on this event; the first two are the main sources.
    sources: Vec<Person>,
    /// Leaders of the two countries (meetings, votes).
    leaders: [Person; 2],
    /// The main figure (killed, detained, jobs, turnout...) and a second one (injured...).
    figure: u32,
    second: u32,
    /// Another figure for the same thing that some sources give.
    rival_figure: u32,
    /// Weekday offset of the disputed date.
    rival_day: i64,
    /// Conflicting coverage: some outlets carry another account.
    disputed: bool,
    /// Seeds what every outlet tells alike about the event's background.
    salt: u64,
    /// Which of two accounts of a status or stance (claimed or denied, accepted or
    /// rejected, planned or called off) this copy of the event tells.
    alt: bool,
}

fn person(rng: &mut Rng, title: &'static str) -> Person {
    Person { title, name: format!("{} {}", rng.pick(FIRST), rng.pick(LAST)) }
}

fn place(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(PLACE_HEAD), rng.pick(PLACE_TAIL))
}

impl Event {
    fn new(e: usize, events: usize, seed: u64) -> Event {
        let mut rng = Rng::derive(seed, SALT_EVENT, e as u64);
        // Events spread over two years from the start of 2024, in order.
        let day = (e as i64 * 730) / events.max(1) as i64;
        let date = date(2024, 1, 1).checked_add(day.days()).expect("within range");
        let kind = *rng.pick(KINDS);
        let country = rng.below(COUNTRIES.len());
        let mut other_country = rng.below(COUNTRIES.len());
        if other_country == country {
            other_country = (country + 1) % COUNTRIES.len();
        }
        let titles: &[&'static str] = match kind {
            Kind::Attack => &["Governor", "police spokesman", "Interior Minister", "army spokesman", "Deputy Governor"],
            Kind::Disaster => &["Governor", "Mayor", "Emergency Minister", "civil defence chief", "Health Minister"],
            Kind::Meeting => &["Foreign Minister", "presidential spokesman", "Prime Minister", "Ambassador"],
            Kind::Protest => &["police spokesman", "Mayor", "Interior Minister", "opposition leader"],
            Kind::Launch => &["Defence Minister", "army spokesman", "Chief of Staff", "Foreign Minister"],
            Kind::Jobs => &["chief executive", "Economy Minister", "union leader", "company spokesman"],
            Kind::Vote => &["election commission chairman", "Prime Minister", "opposition leader", "Justice Minister"],
        };
        let sources = (0..4).map(|k| person(&mut rng, titles[k % titles.len()])).collect();
        let leaders = [person(&mut rng, "President"), person(&mut rng, "President")];
        let figure = match kind {
            Kind::Attack => rng.range(3, 90),
            Kind::Disaster => rng.range(5, 400),
            Kind::Meeting => rng.range(1, 4),
            Kind::Protest => rng.range(20, 600),
            Kind::Launch => rng.range(300, 1500),
            Kind::Jobs => rng.range(2, 60) * 100,
            Kind::Vote => rng.range(38, 74),
        };
        let second = figure + rng.range(2, 3 * figure.max(4));
        let rival_figure = figure + rng.range(figure.div_ceil(3).max(2), figure * 2 + 3);
        Event {
            kind,
            date,
            country,
            other_country,
            place: place(&mut rng),
            region: format!("{} province", place(&mut rng)),
            group: format!("{} {}", rng.pick(GROUP_ADJ), rng.pick(GROUP_NOUN)),
            company: format!("{}{}", rng.pick(COMPANY_HEAD), rng.pick(COMPANY_TAIL)),
            sources,
            leaders,
            figure,
            second,
            rival_figure,
            rival_day: rng.range(1, 2) as i64,
            disputed: rng.chance(0.35),
            alt: rng.chance(0.5),
            salt: rng.next_u64(),
        }
    }

    /// Makes this copy of the event the account of a source that disagrees.
    fn disagree(&mut self, rng: &mut Rng) {
        match rng.below(3) {
            0 => self.figure = self.rival_figure,
            1 => self.alt = !self.alt,
            _ => {
                self.figure = self.rival_figure;
                self.alt = !self.alt;
            }
        }
    }

    fn country(&self) -> &'static str {
        COUNTRIES[self.country]
    }
    fn capital(&self) -> &'static str {
        CAPITALS[self.country]
    }
    fn demonym(&self) -> &'static str {
        DEMONYMS[self.country]
    }
    fn other(&self) -> &'static str {
        COUNTRIES[self.other_country]
    }

    fn noun(&self) -> &'static str {
        match self.kind {
            Kind::Attack => "attack",
            Kind::Disaster => "flood",
            Kind::Meeting => "meeting",
            Kind::Protest => "protest",
            Kind::Launch => "missile launch",
            Kind::Jobs => "job cuts",
            Kind::Vote => "election",
        }
    }

    fn headline(&self, rng: &mut Rng) -> String {
        let (a, b) = (self.leaders[0].last(), self.leaders[1].last());
        match self.kind {
            Kind::Attack => {
                format!("{} killed in {} on base in {}", bounded(rng, self.figure), self.noun(), self.place)
            }
            Kind::Disaster => format!("Floods in {} leave {} dead", self.region, self.figure),
            Kind::Meeting if self.alt => format!("{a}-{b} summit in {} called off", self.capital()),
            Kind::Meeting => format!("{a} and {b} to meet in {}", self.capital()),
            Kind::Protest => format!("Police detain {} protesters in {}", self.figure, self.capital()),
            Kind::Launch => format!("{} fires ballistic missile into the sea", self.country()),
            Kind::Jobs => format!("{} to cut {} jobs", self.company, thousands(self.figure)),
            Kind::Vote => format!("{} wins {} election with {} percent", b, self.country(), self.figure),
        }
    }

    /// One proposition about the event as a bare clause (no attribution), lower-case start
    /// allowed only for words that are not names.
    fn clause(&self, rng: &mut Rng, n: usize, when: &str) -> String {
        let (a, b) = (self.leaders[0].last(), self.leaders[1].last());
        let (f, s) = (self.figure, self.second);
        let (noun, place, cap, country, other) =
            (self.noun(), &self.place, self.capital(), self.country(), self.other());
        match (self.kind, n % CLAUSES) {
            (Kind::Attack, 0) => format!("{} soldiers were killed in the {noun} on the base {when}", bounded(rng, f)),
            (Kind::Attack, 1) => {
                format!("{} people were injured in the {noun} on the base near {place}", bounded(rng, s))
            }
            (Kind::Attack, 2) => format!("the death toll from the {noun} in {place} had risen to {f}"),
            (Kind::Attack, 3) if self.alt => format!("the {} denied any involvement in the {noun}", self.group),
            (Kind::Attack, 3) => format!("the {} claimed responsibility for the {noun}", self.group),
            (Kind::Attack, 4) => format!(
                "a suicide bomber drove a vehicle packed with explosives into the gates of the base in {place} {when}"
            ),
            (Kind::Attack, 5) => format!("security forces sealed off the roads around {place} after the {noun}"),
            (Kind::Attack, 6) => format!("the fighting at the base lasted for about {} hours", f % 5 + 2),
            (Kind::Attack, 7) => format!("{} hospitals in {} were treating the wounded", s % 4 + 2, self.region),
            (Kind::Attack, _) => {
                format!("the base in {place} was used to train {} intelligence officers", self.demonym())
            }
            (Kind::Disaster, 0) => format!("{} people died in the floods in {} {when}", bounded(rng, f), self.region),
            (Kind::Disaster, 1) => format!("{} people were evacuated from their homes in {place}", thousands(s * 10)),
            (Kind::Disaster, 2) => format!("more than {s} houses were damaged by the flood in {place}"),
            (Kind::Disaster, 3) => format!("the river burst its banks in {place} {when} after days of heavy rain"),
            (Kind::Disaster, 4) if self.alt => {
                format!("the authorities did not issue a flood warning for {place} before the water rose")
            }
            (Kind::Disaster, 4) => {
                format!("the authorities issued a flood warning for {place} two days before the water rose")
            }
            (Kind::Disaster, 5) => {
                format!("rescue teams were still searching for {} missing people in {place}", s / 3 + 2)
            }
            (Kind::Disaster, 6) => format!("the water in {place} rose to {} metres above its normal level", f % 4 + 2),
            (Kind::Disaster, 7) => {
                format!("{} soldiers were sent to help with the rescue effort in {}", s * 3, self.region)
            }
            (Kind::Disaster, _) => format!("the damage from the floods could exceed {} million dollars", f + 40),
            (Kind::Meeting, 0) if self.alt => {
                format!("the planned meeting between {a} and {b} in {cap} is no longer planned")
            }
            (Kind::Meeting, 0) => format!("{a} would meet {b} in {cap} within two weeks"),
            (Kind::Meeting, 1) => format!(
                "{a} spoke by phone with {b} {when} in a {} call",
                ["one-hour", "two-hour", "90-minute", "three-hour"][f as usize % 4]
            ),
            (Kind::Meeting, 2) if self.alt => {
                format!("{country} has rejected the proposal to end fighting along the border with {other}")
            }
            (Kind::Meeting, 2) => {
                format!("{country} has accepted the proposal to end fighting along the border with {other}")
            }
            (Kind::Meeting, 3) if self.alt => format!("the conversation between {a} and {b} was tense"),
            (Kind::Meeting, 3) => format!("the conversation between {a} and {b} was productive"),
            (Kind::Meeting, 4) if self.alt => format!("there was never a set date for a summit between {a} and {b}"),
            (Kind::Meeting, 4) => format!("{a} will travel to {cap} for talks with {b}"),
            (Kind::Meeting, 5) => format!("the {} position on the talks with {other} has not changed", self.demonym()),
            (Kind::Meeting, 6) => format!("{a} and {b} last met in {} in the spring", CAPITALS[self.other_country]),
            (Kind::Meeting, 7) => {
                format!("the talks in {cap} would focus on a ceasefire and an exchange of {s} prisoners")
            }
            (Kind::Meeting, _) => format!("the delegations of {country} and {other} negotiated for {} hours", f + 3),
            (Kind::Protest, 0) => format!("{} protesters were detained in {cap} {when}", bounded(rng, f)),
            (Kind::Protest, 1) => format!("about {} people took part in the protest in {cap}", thousands(s * 20)),
            (Kind::Protest, 2) => format!("{} police officers were injured in clashes near the parliament", s / 10 + 2),
            (Kind::Protest, 3) if self.alt => format!("the police used tear gas against the protesters in {cap}"),
            (Kind::Protest, 3) => format!("the police did not use tear gas against the protesters in {cap}"),
            (Kind::Protest, 4) => {
                format!("the protesters demanded the resignation of the {} government", self.demonym())
            }
            (Kind::Protest, 5) => format!("the march in {cap} ended peacefully {when}"),
            (Kind::Protest, 6) => format!("the protest began in front of the parliament in {cap} {when}"),
            (Kind::Protest, 7) => format!("{} people were treated in hospital after the clashes", s / 5 + 3),
            (Kind::Protest, _) => format!("the organisers called for a general strike in {country} next week"),
            (Kind::Launch, 0) => format!("{country} fired a ballistic missile into the sea {when}"),
            (Kind::Launch, 1) => format!("the missile flew about {f} kilometres before it landed in the sea"),
            (Kind::Launch, 2) if self.alt => format!("there was no missile launch by {country} {when}"),
            (Kind::Launch, 2) => format!("the missile landed outside the exclusive economic zone of {other}"),
            (Kind::Launch, 3) => format!("the launch from {place} was the {} this year", ordinal(s % 9 + 2)),
            (Kind::Launch, 4) => format!("{other} condemned the missile test as a threat to the region"),
            (Kind::Launch, 5) => format!("the military of {other} was on high alert after the launch"),
            (Kind::Launch, 6) => format!("the missile reached an altitude of about {} kilometres", f / 3),
            (Kind::Launch, 7) => {
                format!("the launch came days after joint military exercises by {other} and its allies")
            }
            (Kind::Launch, _) => format!("the {} military described the launch as a routine test", self.demonym()),
            (Kind::Jobs, 0) => {
                format!("{} will cut {} jobs in {country} by the end of the year", self.company, thousands(f))
            }
            (Kind::Jobs, 1) if self.alt => format!("{} has no plans to close its plant in {place}", self.company),
            (Kind::Jobs, 1) => format!("{} will close its plant in {place}", self.company),
            (Kind::Jobs, 2) => format!("the profits of {} fell {} percent last year", self.company, s % 40 + 3),
            (Kind::Jobs, 3) => format!("the unions rejected the restructuring plan of {}", self.company),
            (Kind::Jobs, 4) => format!("{} announced the job cuts {when}", self.company),
            (Kind::Jobs, 5) => format!("workers at the {} plant in {place} walked out in protest", self.company),
            (Kind::Jobs, 6) => format!("{} employs about {} people in {country}", self.company, thousands(f * 12)),
            (Kind::Jobs, 7) => format!("shares of {} fell {} percent {when}", self.company, s % 9 + 2),
            (Kind::Jobs, _) => {
                format!("the government of {country} will hold talks with {} about the plant", self.company)
            }
            (Kind::Vote, 0) => format!("{b} won {f} percent of the vote in the election {when}"),
            (Kind::Vote, 1) => format!("turnout in the election was {} percent", s % 40 + 41),
            (Kind::Vote, 2) if self.alt => format!("the opposition rejected the results of the election in {country}"),
            (Kind::Vote, 2) => format!("the opposition accepted the results of the election in {country}"),
            (Kind::Vote, 3) => format!("observers reported irregularities at {} polling stations", s + 10),
            (Kind::Vote, 4) => format!("{a} conceded defeat in the election {when}"),
            (Kind::Vote, 5) => format!("the new parliament of {country} will meet for the first time in two weeks"),
            (Kind::Vote, 6) => format!("the ruling party lost {} of its seats in parliament", s % 30 + 4),
            (Kind::Vote, 7) => {
                format!("the election commission will announce the final results within {} days", f % 6 + 3)
            }
            (Kind::Vote, _) => {
                format!("police detained {} people after clashes outside a polling station in {place}", s / 4 + 2)
            }
        }
    }

    /// One attributed sentence about the event, for `pairs`.
    fn fact_sentence(&self, n: usize, words: &mut Rng, pattern: &mut Rng, source: &Person) -> String {
        let when = format!("on {}", WEEKDAY_NAMES[self.date.weekday().to_monday_zero_offset() as usize]);
        let clause = self.clause(words, n, &when);
        attributed(pattern, &source.full(), None, &clause)
    }
}

/// A figure with a bound as the wires give it.
fn bounded(rng: &mut Rng, n: u32) -> String {
    let n_text = if n <= 12 && rng.chance(0.5) { NUMBER_WORDS[n as usize].to_string() } else { thousands(n) };
    match rng.below(CLAUSES) {
        0 => format!("at least {n_text}"),
        1 => format!("more than {}", thousands(n.saturating_sub(1).max(1))),
        2 => format!("up to {n_text}"),
        3 => format!("about {n_text}"),
        _ => n_text,
    }
}

fn thousands(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn ordinal(n: u32) -> &'static str {
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        [(n as usize).saturating_sub(1).min(9)]
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// An outlet's name at the start of a sentence: "the BBC" -> "The BBC", "dpa" stays.
fn sentence_start(name: &str) -> String {
    match name.strip_prefix("the ") {
        Some(rest) => format!("The {rest}"),
        None => name.to_string(),
    }
}

/// A clause with one of the attribution patterns of wire copy.
fn attributed(rng: &mut Rng, speaker: &str, cited: Option<&str>, clause: &str) -> String {
    let cap = capitalise(clause);
    let outlet = cited.unwrap_or("reporters");
    match rng.below(12) {
        0 => format!("{speaker} said that {clause}."),
        1 => format!("{cap}, {speaker} said."),
        2 => format!("According to {speaker}, {clause}."),
        3 => format!("{speaker} told {outlet} that {clause}."),
        4 => format!("\u{201c}{cap},\u{201d} {speaker} said."),
        5 => format!("\"{cap}\", {speaker} told journalists."),
        6 => match cited {
            Some(o) => format!("{cap}, writes {o}."),
            None => format!("{cap}, {speaker} added."),
        },
        7 => match cited {
            Some(o) => format!("{} quoted {speaker} as saying that {clause}.", sentence_start(o)),
            None => format!("{speaker} insisted that {clause}."),
        },
        8 => match cited {
            Some(o) => format!("{} reported that {clause}, citing {speaker}.", sentence_start(o)),
            None => format!("{speaker} confirmed that {clause}."),
        },
        9 => format!("{speaker} stressed on state television that {clause}."),
        10 => format!("In a statement, {speaker} said {clause}."),
        _ => format!("{cap}, said {speaker}."),
    }
}

/// Background sentences: context every article carries, from a wide stock with names and
/// figures filled in, so that filler is not one repeated string.
fn background(rng: &mut Rng, e: &Event) -> String {
    let k = rng.below(30);
    // The figures and places of a background fact belong to the event: every outlet that
    // tells it tells it alike.
    let mut fixed = Rng::derive(e.salt, SALT_EVENT, k as u64);
    let year = 2005 + fixed.below(18);
    let p = place(&mut fixed);
    let x = fixed.range(3, 40);
    let (country, other, demonym, cap) = (e.country(), e.other(), e.demonym(), e.capital());
    match k {
        0 => format!("The region around {} has seen repeated unrest since {year}.", e.place),
        1 => format!("{country} and {other} have been at odds over the border since {year}."),
        2 => format!("Residents of {p} described long queues at petrol stations and shops."),
        3 => format!("The {demonym} government has faced criticism over its handling of the economy."),
        4 => format!("Analysts expect the issue to dominate the session of parliament in {cap}."),
        5 => format!("Officials in {cap} declined to comment further."),
        6 => format!("The road between {} and {p} remained closed to traffic.", e.place),
        7 => "International observers have urged both sides to show restraint.".to_string(),
        8 => format!("The {demonym} foreign ministry summoned the ambassador of {other} for consultations."),
        9 => format!("Schools in {p} will stay closed until further notice."),
        10 => format!("The United Nations said it was following the situation in {country} closely."),
        11 => format!("A similar incident near {p} in {year} led to weeks of negotiations."),
        12 => format!("Prices of bread and fuel in {country} have risen by {x} percent this year."),
        13 => format!("Opposition parties in {country} called for an independent inquiry."),
        14 => "The European Union is expected to discuss the matter at a summit in Brussels next month.".to_string(),
        15 => format!("Trade between {country} and {other} fell by a fifth last year."),
        16 => format!("{p} lies about {} kilometres from {cap}.", x * 7),
        17 => format!("The population of {} province has shrunk by {x} percent since {year}.", p),
        18 => format!("Power cuts hit several districts of {cap} last month."),
        19 => format!("The {demonym} currency lost {x} percent of its value against the dollar in {year}."),
        20 => format!("Elections in {country} are due in {}.", 2025 + x % 3),
        21 => format!("Human rights groups have long accused the authorities in {country} of abuses."),
        22 => format!("The airport in {p} reopened after a {x}-hour closure."),
        23 => format!("{} journalists have been detained in {country} since {year}, a press freedom group says.", x),
        24 => format!("Aid agencies warned of shortages of medicine in {p}."),
        25 => format!("The {demonym} parliament passed a new security law in {year}."),
        26 => format!("Talks between {country} and {other} on a trade agreement stalled in {year}."),
        27 => format!("Several embassies in {cap} advised their citizens to avoid the area."),
        28 => format!("Local television showed footage of damaged buildings in {}.", e.place),
        _ => format!("The governor of {p} province resigned in {year} after a corruption scandal."),
    }
}

/// Colour: what witnesses and residents said, in their own words.
fn colour(rng: &mut Rng, e: &Event) -> String {
    let name = rng.pick(FIRST);
    let age = rng.range(19, 78);
    let quote = match rng.below(8) {
        0 => "We heard a loud noise and then everything went dark",
        1 => "Nobody told us anything, we had to find out from our neighbours",
        2 => "I have lived here all my life and I have never seen anything like this",
        3 => "We just want to know what happened and who is responsible",
        4 => "The shops are empty and the prices go up every week",
        5 => "My brother is still missing and the phones do not work",
        6 => "People are afraid to go out after dark",
        _ => "We were promised help, but nobody has come",
    };
    match rng.below(3) {
        0 => format!("\u{201c}{quote},\u{201d} said {name}, a {age}-year-old resident of {}.", e.place),
        1 => format!("\"{quote},\" a shopkeeper in {} who gave only his first name, {name}, told reporters.", e.place),
        _ => format!("{name}, {age}, said: \u{201c}{quote}.\u{201d}"),
    }
}

fn chrome_head(rng: &mut Rng) -> Vec<String> {
    let mut lines = Vec::new();
    if rng.chance(0.5) {
        lines.push(rng.pick(&["Link to main version", "Back to Main page", "Home page", "Menu"]).to_string());
    }
    if rng.chance(0.4) {
        lines.push(format!("{}", rng.range(20, 9000)));
    }
    if rng.chance(0.3) {
        lines.push(format!("Updated: {:02}:{:02} GMT", rng.range(0, 23), rng.range(0, 59)));
    }
    lines
}

fn chrome_photo(rng: &mut Rng, outlet: &str) -> String {
    match rng.below(3) {
        0 => format!("Photo: {outlet}"),
        1 => "Getty Images".to_string(),
        _ => format!("Image credit: {}", rng.pick(&["EPA", "AFP", "Reuters", "AP Photo"])),
    }
}

fn chrome_tail(rng: &mut Rng, related: &[String]) -> Vec<String> {
    let mut lines = Vec::new();
    if rng.chance(0.6) {
        lines.push(String::new());
        lines.push(rng.pick(&["Read also:", "Related articles", "More on this story", "Most read"]).to_string());
        lines.extend(related.iter().cloned());
    }
    lines.push(String::new());
    lines.push(rng.pick(&["Share", "Facebook | Twitter | WhatsApp", "Share this article", "Print"]).to_string());
    if rng.chance(0.3) {
        lines.push("Advertisement".to_string());
    }
    lines
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// Document sizes: 2-6 KB of text.
const MIN_BYTES: usize = 2048;
const MAX_BYTES: usize = 6144;

fn write_document(i: usize, e: &Event, rng: &mut Rng) -> GeneratedDoc {
    let (outlet, domain) = *rng.pick(OUTLETS);
    let lag = rng.range(0, 2) as i64;
    let published = e.date.checked_add(lag.days()).expect("within range");
    // The event's day as the article tells it, relative to its publication date.
    let weekday = |d: Date| WEEKDAY_NAMES[d.weekday().to_monday_zero_offset() as usize];
    let when = match lag {
        0 if rng.chance(0.3) => "earlier today".to_string(),
        1 if rng.chance(0.3) => "yesterday".to_string(),
        _ => format!("on {}", weekday(e.date)),
    };
    // A disputed event: this outlet may carry the other account (another figure, the other
    // stance, the other status, another day).
    let mut account = e.clone();
    let mut own_when = when.clone();
    if e.disputed && rng.chance(0.4) {
        account.disagree(rng);
        if rng.chance(0.3) {
            own_when = format!("on {}", weekday(e.date.checked_add((-account.rival_day).days()).expect("in range")));
        }
    }
    let title = e.headline(rng);
    let target = MIN_BYTES + rng.below(MAX_BYTES - MIN_BYTES - 1200);

    let mut lines: Vec<String> = chrome_head(rng);
    lines.push(title.clone());
    lines.push(String::new());
    let lead_source = &account.sources[rng.below(2)];
    let lead_clause = account.clause(rng, 0, &own_when);
    let lead = attributed(rng, &lead_source.full(), Some(outlet), &lead_clause);
    lines.push(lead);
    lines.push(String::new());
    if rng.chance(0.5) {
        lines.push(chrome_photo(rng, outlet));
        lines.push(String::new());
    }
    // Each proposition once before any is told again, as an article runs through its facts.
    let mut deck: Vec<usize> = Vec::new();
    let mut next_clause = |rng: &mut Rng| {
        if deck.is_empty() {
            deck = (0..CLAUSES).collect();
            for k in (1..deck.len()).rev() {
                deck.swap(k, rng.below(k + 1));
            }
        }
        deck.pop().expect("refilled")
    };
    let mut body_len = 0;
    let mut named: Vec<usize> = Vec::new();
    let mut paragraph = 0;
    while body_len < target {
        let mut para = String::new();
        for _ in 0..rng.range(1, 3) {
            let sentence = match rng.below(12) {
                0..=5 => {
                    let n = next_clause(rng);
                    let k = rng.below(account.sources.len());
                    let source = &account.sources[k];
                    // The first mention of a source gives the title and full name, later ones
                    // the surname alone, as wire copy does.
                    let speaker = if named.contains(&k) {
                        source.last().to_string()
                    } else {
                        named.push(k);
                        format!("{} {}", account.demonym(), source.full())
                    };
                    let cited = if rng.chance(0.4) { Some(*rng.pick(CITED)) } else { None };
                    let clause = account.clause(rng, n, &own_when);
                    attributed(rng, &speaker, cited, &clause)
                }
                6 => {
                    // A split quote: one statement in two sentences around its speaker.
                    let s = &account.sources[rng.below(2)];
                    let (n1, n2) = (next_clause(rng), next_clause(rng));
                    let a = capitalise(&account.clause(rng, n1, &own_when));
                    let b = capitalise(&account.clause(rng, n2, &own_when));
                    format!("\u{201c}{a},\u{201d} {} said. \u{201c}{b}.\u{201d}", s.last())
                }
                7 => {
                    // Carry-over: the outlet named last keeps speaking.
                    let cited = rng.pick(CITED);
                    let (n1, n2) = (next_clause(rng), next_clause(rng));
                    let c1 = account.clause(rng, n1, &own_when);
                    let c2 = account.clause(rng, n2, &own_when);
                    format!("{} reports that {c1}. The publication recalls that {c2}.", sentence_start(cited))
                }
                8 => colour(rng, &account),
                _ => background(rng, &account),
            };
            if !para.is_empty() {
                para.push(' ');
            }
            para.push_str(&sentence);
        }
        body_len += para.len() + 2;
        lines.push(para);
        lines.push(String::new());
        paragraph += 1;
        if paragraph == 3 && rng.chance(0.3) {
            lines.push("Advertisement".to_string());
            lines.push(String::new());
        }
    }
    let related: Vec<String> = (0..rng.range(2, 4))
        .map(|_| {
            let other = Event::new(rng.below(10_000), 10_000, rng.next_u64());
            other.headline(rng)
        })
        .collect();
    lines.extend(chrome_tail(rng, &related));
    let mut text = lines.join("\n");
    // Keep within the size the brief asks: drop whole paragraphs from the end of the body.
    while text.len() > MAX_BYTES {
        let cut = text[..text.len() - 1].rfind("\n\n").expect("paragraphs");
        text.truncate(cut);
    }
    text.push('\n');
    let id = format!("g{:06}", i + 1);
    GeneratedDoc {
        url: format!("https://www.{domain}/world/{}/{}-{}", published.year(), slug(&title), i + 1),
        id,
        outlet: outlet.to_string(),
        published: published.to_string(),
        title,
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_corpus_and_documents_stand_alone() {
        let a: Vec<_> = documents(30, 7).collect();
        let b: Vec<_> = documents(30, 7).collect();
        assert_eq!(a, b);
        assert_eq!(document(17, 30, 7), a[17]);
        assert_ne!(documents(30, 8).next(), a.first().cloned());
    }

    #[test]
    fn documents_are_two_to_six_kilobytes() {
        for d in documents(200, 1) {
            assert!((MIN_BYTES..=MAX_BYTES + 1).contains(&d.text.len()), "{} bytes: {}", d.text.len(), d.text);
        }
    }

    #[test]
    fn jsonl_lines_parse_back() {
        let text = jsonl(5, 3);
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            for key in ["id", "outlet", "published", "title", "url", "text"] {
                assert!(v[key].is_string(), "{key} in {line}");
            }
        }
        assert_eq!(pairs_jsonl(4, 1).lines().count(), 4);
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(1200), "1,200");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
