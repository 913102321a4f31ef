package org.carecoop.peers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carecoop.peers.PeerPage;
import org.carecoop.peers.internal.MembershipRule.Choice;
import org.carecoop.peers.internal.MembershipRule.Circumstances;
import org.carecoop.people.Condition;
import org.carecoop.people.Role;
import org.carecoop.people.Skill;
import org.carecoop.platform.geo.Postcode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The membership rule, case by case. */
class MembershipRuleTests {

    /**
     * Who joins which pages without asking. Columns: roles; conditions on their own profile; skills;
     * home postcode ("-" for none); conditions of the people they support in teams; the pages they
     * belong to automatically ("-" for none). Lists are separated by "+".
     */
    static final String AUTOMATIC = """
            WORKER                    | DEMENTIA         | -                | HX7 8AD  | -          | DEMENTIA + HX7
            VOLUNTEER                 | -                | -                | OL14 5AB | -          | OL14
            PEER_SUPPORTER            | MENTAL_HEALTH    | PEER_SUPPORT     | -        | -          | MENTAL_HEALTH
            WORKER                    | -                | -                | -        | STROKE     | STROKE
            WORKER                    | -                | -                | -        | -          | -
            WORKER                    | -                | DEMENTIA_CARE    | -        | -          | DEMENTIA
            WORKER                    | -                | END_OF_LIFE_CARE | -        | -          | END_OF_LIFE
            WORKER                    | -                | SIGN_LANGUAGE    | -        | -          | -
            WORKER                    | STROKE           | DEMENTIA_CARE    | HX2 6AB  | STROKE + AUTISM | STROKE + AUTISM + DEMENTIA + HX2
            WORKER + FAMILY           | -                | -                | HX6 1AB  | DIABETES   | DIABETES + HX6
            SUPPORTED_PERSON          | STROKE           | -                | HX7 8AD  | STROKE     | -
            FAMILY                    | -                | -                | HX7 8AD  | DEMENTIA   | -
            HEALTH_PROFESSIONAL       | DIABETES         | -                | HX7 8AD  | -          | -
            COORDINATOR               | -                | -                | HX7 8AD  | PARKINSONS | -
            SUPPORTED_PERSON + VOLUNTEER | -             | -                | HX7 8AD  | -          | HX7
            """;

    static Stream<Arguments> automatic() {
        return AUTOMATIC.strip().lines().map(line -> {
            String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            return Arguments.of(
                    new Circumstances(
                            enums(cells[0], Role.class),
                            enums(cells[1], Condition.class),
                            enums(cells[2], Skill.class),
                            cells[3].equals("-") ? null : Postcode.of(cells[3]),
                            enums(cells[4], Condition.class)),
                    pages(cells[5]),
                    line);
        });
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("automatic")
    void eachCaseJoinsExactlyTheseAutomatically(Circumstances circumstances, Set<PeerPage> expected, String line) {
        assertThat(MembershipRule.automaticPages(circumstances)).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Membership from belonging automatically (yes/no) and the choice made (none, JOINED, LEFT). */
    static final String MEMBER = """
            automatic  choice   member
            no         none     no
            no         JOINED   yes
            no         LEFT     no
            yes        none     yes
            yes        JOINED   yes
            yes        LEFT     no
            """;

    @Test
    void aChoiceToJoinOrLeaveWinsOverBelongingAutomatically() {
        MEMBER.strip().lines().skip(1).forEach(line -> {
            String[] cells = line.strip().split("\\s+");
            Choice choice = cells[1].equals("none") ? null : Choice.valueOf(cells[1]);
            assertThat(MembershipRule.isMember(cells[0].equals("yes"), choice))
                    .as(line)
                    .isEqualTo(cells[2].equals("yes"));
        });
    }

    private static <E extends Enum<E>> Set<E> enums(String cell, Class<E> type) {
        if (cell.equals("-")) {
            return Set.of();
        }
        return Arrays.stream(cell.split("\\+"))
                .map(String::strip)
                .map(name -> Enum.valueOf(type, name))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    private static Set<PeerPage> pages(String cell) {
        if (cell.equals("-")) {
            return Set.of();
        }
        return Arrays.stream(cell.split("\\+"))
                .map(String::strip)
                .map(code ->
                        Arrays.stream(Condition.values()).anyMatch(c -> c.name().equals(code))
                                ? PeerPage.of(Condition.valueOf(code))
                                : PeerPage.ofDistrict(code))
                .collect(Collectors.toSet());
    }
}
