package org.carecoop.demo;

import static java.util.Set.of;

import java.util.List;
import java.util.Map;
import org.carecoop.people.Condition;
import org.carecoop.people.EmploymentBasis;
import org.carecoop.people.Gender;
import org.carecoop.people.GenderPreference;
import org.carecoop.people.Need;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.PersonAddress;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.Skill;
import org.carecoop.people.SupportTime;
import org.carecoop.people.WorkerProfile;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.money.Money;

/**
 * The demo co-op's profiles: two people who receive support in and around Hebden Bridge and eight
 * workers around the upper Calder Valley, with skills, areas and rates varied enough for matching to
 * have something to choose between. Availability is in the workers' own words for now.
 */
final class DemoProfiles {

    private DemoProfiles() {}

    /** Phone numbers: local landlines, and mobiles from Ofcom's range kept for drama. */
    static final Map<String, String> PHONES = Map.ofEntries(
            Map.entry("eric", "01422 845 201"),
            Map.entry("linda", "01422 842 317"),
            Map.entry("pat", "07700 900 101"),
            Map.entry("sam", "07700 900 102"),
            Map.entry("drshah", "01422 842 000"),
            Map.entry("coordinator", "01422 845 000"),
            Map.entry("amina", "07700 900 111"),
            Map.entry("ben", "07700 900 112"),
            Map.entry("chloe", "07700 900 113"),
            Map.entry("dev", "07700 900 114"),
            Map.entry("ella", "07700 900 115"),
            Map.entry("finn", "07700 900 116"),
            Map.entry("grace", "07700 900 117"),
            Map.entry("hari", "07700 900 118"));

    /** Where the people are visited, with the same postcodes as their profiles. */
    static final Map<String, PersonAddress> ADDRESSES = Map.of(
            "eric",
            new PersonAddress(
                    List.of("4 Lock Keepers Cottages", "Holme Street"), "Hebden Bridge", Postcode.of("HX7 8AE")),
            "linda",
            new PersonAddress(List.of("12 Birchcliffe Road"), "Hebden Bridge", Postcode.of("HX7 6AD")));

    static final Map<String, PersonProfile> PEOPLE = Map.of(
            "eric",
            new PersonProfile(
                    "I'm 84 and have lived in Hebden Bridge all my life. I worked at the mill and played cornet in"
                            + " the town band for fifty years. Since my stroke I use a wheelchair and need help round"
                            + " the clock, but I want to stay in my own home by the canal.",
                    of(
                            Need.PERSONAL_CARE,
                            Need.MEDICATION,
                            Need.NIGHT_SUPPORT,
                            Need.MOVING_AND_HANDLING,
                            Need.MEALS,
                            Need.COMPANIONSHIP),
                    "Hoist transfers (two people) morning and night. Tablets at 8am, 1pm and 9pm from a blister"
                            + " pack. Someone in the house overnight: I usually need turning once.",
                    of(Condition.STROKE),
                    of(
                            OutcomeSought.STAYING_AT_HOME,
                            OutcomeSought.SOCIAL_CONNECTION,
                            OutcomeSought.HEALTH_AND_WELLBEING),
                    List.of("walking", "brass bands", "cricket", "local history"),
                    GenderPreference.NO_PREFERENCE,
                    List.of("English"),
                    true,
                    true,
                    "Please knock loudly and wait: it takes me a while to get to the door. My son Sam has the key"
                            + " safe number.",
                    Postcode.of("HX7 8AE"),
                    of(
                            SupportTime.MORNINGS,
                            SupportTime.AFTERNOONS,
                            SupportTime.EVENINGS,
                            SupportTime.NIGHTS,
                            SupportTime.WEEKDAYS,
                            SupportTime.WEEKENDS),
                    "Every day: 7:30am to get up, lunch at 12:30, bed at 9pm, and someone overnight."),
            "linda",
            new PersonProfile(
                    "I'm 71, a retired primary teacher living in Old Town with my cat, Marmalade. I have"
                            + " Parkinson's and early dementia. I'd like help remembering appointments and getting"
                            + " out to the library and my choir.",
                    of(Need.MEMORY, Need.GETTING_OUT, Need.SHOPPING, Need.COMPANIONSHIP, Need.MEDICATION),
                    "Reminders for my tablets and appointments, a lift or a walk to town, and help with the big"
                            + " shop on Fridays.",
                    of(Condition.PARKINSONS, Condition.DEMENTIA),
                    of(OutcomeSought.INDEPENDENCE, OutcomeSought.SOCIAL_CONNECTION, OutcomeSought.CARER_BREAK),
                    List.of("choir singing", "reading", "crosswords", "cats", "gardening"),
                    GenderPreference.WOMAN,
                    List.of("English", "French"),
                    true,
                    false,
                    "",
                    Postcode.of("HX7 6AD"),
                    of(SupportTime.MORNINGS, SupportTime.AFTERNOONS, SupportTime.WEEKDAYS),
                    "Weekday mornings, and Thursday afternoons for choir. My daughter Pat helps at weekends."));

    static final Map<String, WorkerProfile> WORKERS = Map.of(
            "amina",
            new WorkerProfile(
                    "I've been a carer for eight years, first for my grandmother and then with an agency in Halifax."
                            + " I love cooking with people and making sure they eat well. Available weekday mornings"
                            + " and evenings.",
                    Gender.WOMAN,
                    of(
                            Skill.PERSONAL_CARE,
                            Skill.MEDICATION,
                            Skill.MEALS,
                            Skill.MOVING_AND_HANDLING,
                            Skill.DEMENTIA_CARE,
                            Skill.FIRST_AID),
                    "Level 3 Diploma in Adult Care; moving and handling, medication and first aid (all 2026)",
                    8,
                    of(Condition.DEMENTIA, Condition.STROKE, Condition.DIABETES),
                    List.of("cooking", "gardening", "walking"),
                    List.of("English", "Urdu", "Punjabi"),
                    EmploymentBasis.MINIMUM_HOURS,
                    Postcode.of("HX7 5AB"),
                    10,
                    Money.ofPence(1550),
                    true),
            "ben",
            new WorkerProfile(
                    "Former fell-runner and rugby coach, twelve years in care. Calm, strong and happy doing nights."
                            + " Available most nights and weekends.",
                    Gender.MAN,
                    of(
                            Skill.PERSONAL_CARE,
                            Skill.MOVING_AND_HANDLING,
                            Skill.NIGHT_SUPPORT,
                            Skill.GETTING_OUT,
                            Skill.DRIVING),
                    "NVQ Level 3 in Health and Social Care; hoist and moving and handling trainer",
                    12,
                    of(
                            Condition.STROKE,
                            Condition.PHYSICAL_DISABILITY,
                            Condition.BRAIN_INJURY,
                            Condition.MULTIPLE_SCLEROSIS),
                    List.of("brass bands", "cricket", "fell running"),
                    List.of("English"),
                    EmploymentBasis.SELF_EMPLOYED,
                    Postcode.of("OL14 5AB"),
                    20,
                    Money.ofPence(1700),
                    true),
            "chloe",
            new WorkerProfile(
                    "I have lived experience of mental ill health and now work as a peer supporter and support"
                            + " worker. Art and crochet groups are my thing. Available weekday afternoons.",
                    Gender.WOMAN,
                    of(
                            Skill.PEER_SUPPORT,
                            Skill.EMOTIONAL_SUPPORT,
                            Skill.COMPANIONSHIP,
                            Skill.GETTING_OUT,
                            Skill.SHOPPING,
                            Skill.SIGN_LANGUAGE),
                    "Peer support practitioner certificate; BSL Level 2",
                    4,
                    of(Condition.MENTAL_HEALTH, Condition.AUTISM, Condition.LEARNING_DISABILITY),
                    List.of("art", "crochet", "music", "walking"),
                    List.of("English", "British Sign Language"),
                    EmploymentBasis.SELF_EMPLOYED,
                    Postcode.of("HX2 6AB"),
                    8,
                    Money.ofPence(1350),
                    false),
            "dev",
            new WorkerProfile(
                    "Fifteen years as a healthcare assistant at Calderdale Royal, now working in people's homes."
                            + " Experienced with end of life care and complex medication. Available weekdays and"
                            + " some nights.",
                    Gender.MAN,
                    of(
                            Skill.MEDICATION,
                            Skill.PERSONAL_CARE,
                            Skill.CATHETER_AND_STOMA_CARE,
                            Skill.END_OF_LIFE_CARE,
                            Skill.NIGHT_SUPPORT),
                    "Care Certificate; Level 3 Diploma in Clinical Healthcare Support; palliative care course",
                    15,
                    of(Condition.END_OF_LIFE, Condition.DIABETES, Condition.PARKINSONS, Condition.STROKE),
                    List.of("cricket", "cooking", "chess"),
                    List.of("English", "Gujarati", "Hindi"),
                    EmploymentBasis.SALARIED,
                    Postcode.of("HX6 1AB"),
                    15,
                    Money.ofPence(1900),
                    true),
            "ella",
            new WorkerProfile(
                    "Born and bred in Hebden Bridge. I walk everywhere, bake too much and know everyone's"
                            + " grandparents. Available early mornings and teatimes, seven days a week.",
                    Gender.WOMAN,
                    of(
                            Skill.PERSONAL_CARE,
                            Skill.MEALS,
                            Skill.HOUSEHOLD,
                            Skill.COMPANIONSHIP,
                            Skill.MEMORY,
                            Skill.DEMENTIA_CARE),
                    "Level 2 Diploma in Care; dementia friends champion",
                    6,
                    of(Condition.DEMENTIA, Condition.PARKINSONS, Condition.SENSORY_IMPAIRMENT),
                    List.of("walking", "baking", "brass bands", "local history"),
                    List.of("English"),
                    EmploymentBasis.MINIMUM_HOURS,
                    Postcode.of("HX7 8BN"),
                    5,
                    Money.ofPence(1450),
                    false),
            "finn",
            new WorkerProfile(
                    "I volunteer with a football club for disabled adults and do paid support work alongside."
                            + " Happy to drive people to matches, gigs and the shops. Available evenings and"
                            + " weekends.",
                    Gender.MAN,
                    of(Skill.COMPANIONSHIP, Skill.GETTING_OUT, Skill.SHOPPING, Skill.HOUSEHOLD, Skill.DRIVING),
                    "Care Certificate; FA disability football coaching badge",
                    2,
                    of(Condition.LEARNING_DISABILITY, Condition.AUTISM, Condition.PHYSICAL_DISABILITY),
                    List.of("football", "music", "walking", "guitar"),
                    List.of("English", "Irish"),
                    EmploymentBasis.SELF_EMPLOYED,
                    Postcode.of("OL14 6AB"),
                    25,
                    Money.ofPence(1350),
                    true),
            "grace",
            new WorkerProfile(
                    "Twenty years in nursing homes and hospices before I went independent. Nights and complex"
                            + " care are what I do best. Available nights, Sunday to Thursday.",
                    Gender.WOMAN,
                    of(
                            Skill.PERSONAL_CARE,
                            Skill.MEDICATION,
                            Skill.NIGHT_SUPPORT,
                            Skill.MOVING_AND_HANDLING,
                            Skill.END_OF_LIFE_CARE,
                            Skill.FIRST_AID),
                    "Level 5 Diploma in Leadership for Health and Social Care; end of life care (Gold Standards)",
                    20,
                    of(Condition.MULTIPLE_SCLEROSIS, Condition.END_OF_LIFE, Condition.STROKE, Condition.BRAIN_INJURY),
                    List.of("choir singing", "reading", "yoga"),
                    List.of("English", "Welsh"),
                    EmploymentBasis.SALARIED,
                    Postcode.of("HX7 7AB"),
                    12,
                    Money.ofPence(1800),
                    true),
            "hari",
            new WorkerProfile(
                    "I grew up with a Deaf mum, so I sign, and I'm patient with crosswords. I help people stay"
                            + " connected and keep their routines. Available weekday mornings and afternoons.",
                    Gender.NON_BINARY,
                    of(
                            Skill.EMOTIONAL_SUPPORT,
                            Skill.MEMORY,
                            Skill.COMPANIONSHIP,
                            Skill.SHOPPING,
                            Skill.MEALS,
                            Skill.SIGN_LANGUAGE),
                    "Care Certificate; BSL Level 3",
                    3,
                    of(Condition.SENSORY_IMPAIRMENT, Condition.MENTAL_HEALTH, Condition.DEMENTIA),
                    List.of("crosswords", "photography", "gardening"),
                    List.of("English", "Hindi", "British Sign Language"),
                    EmploymentBasis.MINIMUM_HOURS,
                    Postcode.of("HX2 7AB"),
                    10,
                    Money.ofPence(1400),
                    false));
}
