package org.carecoop.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carecoop.peers.internal.MembershipRule;
import org.carecoop.peers.internal.MembershipRule.Choice;
import org.carecoop.peers.internal.MembershipRule.Circumstances;
import org.carecoop.people.Condition;
import org.carecoop.people.Role;
import org.carecoop.people.Skill;
import org.carecoop.platform.geo.Postcode;
import org.jspecify.annotations.Nullable;

/** Properties of peer page addresses and of the membership rule, over generated values. */
class PeerPageProperties {

    @Property
    void everyPostcodeBelongsToTheAreaPageOfItsOutwardCodeWhoseAddressLeadsBackToIt(
            @ForAll("postcodes") Postcode postcode) {
        PeerPage page = PeerPage.of(postcode);

        assertThat(page.code()).isEqualTo(postcode.outward());
        assertThat(PeerPage.isDistrict(page.code())).isTrue();
        assertThat(PeerPage.fromPath("areas", page.slug())).contains(page);
        assertThat(page.path()).isEqualTo("/peers/areas/" + postcode.outward());
        assertThat(PeerPage.isDistrict(page.code().toLowerCase(java.util.Locale.ROOT)))
                .as("only the normal form, in capitals, is an address")
                .isFalse();
    }

    @Property
    void everyConditionPageAddressLeadsBackToIt(@ForAll Condition condition) {
        PeerPage page = PeerPage.of(condition);

        assertThat(PeerPage.fromPath("conditions", page.slug())).contains(page);
        assertThat(page.path()).matches("/peers/conditions/[a-z-]+");
        assertThat(page.condition()).contains(condition);
    }

    @Property
    void textThatIsNotADistrictNamesNoAreaPage(@ForAll("notDistricts") String text) {
        assertThat(PeerPage.fromPath("areas", text)).isEmpty();
    }

    @Property
    void onlyWorkersVolunteersAndPeerSupportersJoinAnythingAutomatically(
            @ForAll("circumstances") Circumstances circumstances) {
        Set<PeerPage> pages = MembershipRule.automaticPages(circumstances);

        if (circumstances.roles().stream().noneMatch(MembershipRule.JOIN_AUTOMATICALLY::contains)) {
            assertThat(pages).isEmpty();
        } else {
            circumstances.conditionsInTeams().forEach(c -> assertThat(pages).contains(PeerPage.of(c)));
            circumstances.experience().forEach(c -> assertThat(pages).contains(PeerPage.of(c)));
            if (circumstances.home() != null) {
                assertThat(pages).contains(PeerPage.of(circumstances.home()));
            }
        }
        assertThat(pages.stream().filter(p -> p.kind() == PeerPage.Kind.AREA))
                .as("at most the home district")
                .hasSizeLessThanOrEqualTo(1);
    }

    @Property
    void joiningAlwaysMakesAMemberAndLeavingNeverDoes(@ForAll boolean automatic, @ForAll Optional<Choice> choice) {
        boolean member = MembershipRule.isMember(automatic, choice.orElse(null));

        choice.ifPresentOrElse(
                c -> assertThat(member).isEqualTo(c == Choice.JOINED),
                () -> assertThat(member).isEqualTo(automatic));
    }

    @Provide
    Arbitrary<Postcode> postcodes() {
        Arbitrary<String> letters =
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(2);
        Arbitrary<Integer> digits = Arbitraries.integers().between(0, 99);
        Arbitrary<String> inward = Combinators.combine(
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.of("ABDEFGHJLNPQRSTUWXYZ"
                                        .chars()
                                        .mapToObj(c -> (char) c)
                                        .toList())
                                .list()
                                .ofSize(2))
                .as((digit, pair) -> "" + digit + pair.get(0) + pair.get(1));
        return Combinators.combine(letters, digits, inward)
                .as((area, district, in) -> Postcode.parse(area + district + " " + in))
                .filter(Optional::isPresent)
                .map(Optional::get);
    }

    @Provide
    Arbitrary<String> notDistricts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMinLength(0).ofMaxLength(12).filter(s -> !PeerPage.isDistrict(s)),
                Arbitraries.of("hx7", "HX7 8AD", "HX 7", " HX7", "HX7I", "Q1", "V1", "HX7-", "12", ""));
    }

    @Provide
    Arbitrary<Circumstances> circumstances() {
        return Combinators.combine(
                        Arbitraries.of(Role.class).set(),
                        Arbitraries.of(Condition.class).set(),
                        Arbitraries.of(Skill.class).set(),
                        postcodes().injectNull(0.3),
                        Arbitraries.of(Condition.class).set())
                .as(PeerPageProperties::circumstances);
    }

    private static Circumstances circumstances(
            Set<Role> roles,
            Set<Condition> experience,
            Set<Skill> skills,
            @Nullable Postcode home,
            Set<Condition> inTeams) {
        return new Circumstances(roles, experience, skills, home, inTeams);
    }
}
