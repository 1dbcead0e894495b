package cn.gov.talent.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import cn.gov.talent.mobility.TransferRules.Case;
import cn.gov.talent.mobility.TransferRules.Place;
import cn.gov.talent.mobility.TransferRules.Severity;
import cn.gov.talent.mobility.TransferRules.Verdict;
import cn.gov.talent.organization.InstitutionType;
import cn.gov.talent.organization.Province;
import cn.gov.talent.organization.Region;

/**
 * 002 art. 32 on a move, as a pure function: 首个聘期内，西部地区和东北地区入选专家不得向东部或者中部地区流动，新疆西藏
 * 项目入选专家不得向其他地区流动 (for every pair of regions, in the first term and after it, for a program bound by
 * the rule and for one that is not, such as the 百千万); 入选专家在首个聘期内原则上不得转换工作单位 (a reason of
 * necessity is asked for); 企业入选人员如转换到高等学校、科研机构工作，需经专家咨询顾问组审核. The sentences are read
 * from the message bundles as the pages show them.
 */
class Art32TransferRulesTest {

    /** A province of each region, as the national statistics bureau divides them. */
    static final Map<Region, Province> PROVINCE_OF = Map.of(
            Region.EAST, new Province("33", "浙江省", Region.EAST, false),
            Region.CENTRAL, new Province("36", "江西省", Region.CENTRAL, false),
            Region.WEST, new Province("51", "四川省", Region.WEST, false),
            Region.NORTHEAST, new Province("21", "辽宁省", Region.NORTHEAST, false));

    static final Province XINJIANG = new Province("65", "新疆维吾尔自治区", Region.WEST, true);

    static final Province TIBET = new Province("54", "西藏自治区", Region.WEST, true);

    static final LocalDate TERM_ENDS = LocalDate.of(2029, 1, 1);

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    /** Every pair of regions, in the first term and after it. */
    static Stream<Arguments> everyPairOfRegions() {
        return Arrays.stream(Region.values()).flatMap(from -> Arrays.stream(Region.values())
                .flatMap(to -> Stream.of(Arguments.of(from, to, true), Arguments.of(from, to, false))));
    }

    /** The article, written out independently of the code: only west or north-east → east or centre, in the first term. */
    static boolean article32Allows(Region from, Region to, boolean firstTerm) {
        boolean held = from == Region.WEST || from == Region.NORTHEAST;
        boolean closed = to == Region.EAST || to == Region.CENTRAL;
        return !(firstTerm && held && closed);
    }

    @ParameterizedTest(name = "{0} → {1}, first term {2}")
    @MethodSource("everyPairOfRegions")
    void aProgramBoundByTheRuleKeepsTheWestAndTheNorthEastOutOfTheEastAndTheCentreInTheFirstTerm(Region from,
            Region to, boolean firstTerm) {
        boolean allowed = article32Allows(from, to, firstTerm);
        assertThat(TransferRules.regionAllows(firstTerm, true, false, PROVINCE_OF.get(from), PROVINCE_OF.get(to)))
                .isEqualTo(allowed);
        Verdict verdict = TransferRules.check(move(firstTerm, true, false, place("甲单位", PROVINCE_OF.get(from)),
                place("乙单位", PROVINCE_OF.get(to))));
        assertThat(verdict.refused()).isEqualTo(!allowed);
        if (!allowed) {
            assertThat(texts(verdict, Severity.REFUSED)).containsExactly(
                    "首个聘期内，" + regionName(from) + "地区入选专家不得向" + regionName(to) + "地区流动（002 第三十二条）。");
        }
    }

    @ParameterizedTest(name = "{0} → {1}, first term {2}")
    @MethodSource("everyPairOfRegions")
    void aProgramNotBoundByTheRuleLetsEveryoneMove(Region from, Region to, boolean firstTerm) {
        // 000: HR departments are to speed the moves of the national 百千万 people; no regional rule there
        assertThat(TransferRules.regionAllows(firstTerm, false, false, PROVINCE_OF.get(from), PROVINCE_OF.get(to)))
                .isTrue();
        Verdict verdict = TransferRules.check(move(firstTerm, false, false, place("甲单位", PROVINCE_OF.get(from)),
                place("乙单位", PROVINCE_OF.get(to))));
        assertThat(verdict.refused()).isFalse();
        if (firstTerm) {
            assertThat(texts(verdict, Severity.NOTE)).contains("本工程不适用首个聘期内的地区流动限制。");
        }
    }

    @Test
    void theMessageReadsAsTheArticleForTheWestMovingEast() {
        Verdict verdict = TransferRules.check(move(true, true, false, place("四川大学", PROVINCE_OF.get(Region.WEST)),
                place("杭州云栖智造科技有限公司", PROVINCE_OF.get(Region.EAST))));
        assertThat(texts(verdict, Severity.REFUSED)).singleElement().asString()
                .startsWith("首个聘期内，西部地区入选专家不得向东部地区流动（002 第三十二条）");
        assertThat(TransferRules.check(move(true, true, false, place("沈阳某单位", PROVINCE_OF.get(Region.NORTHEAST)),
                place("南昌大学", PROVINCE_OF.get(Region.CENTRAL)))).refusal("toUnitId").describe(MESSAGES,
                        Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("首个聘期内，东北地区入选专家不得向中部地区流动（002 第三十二条）。");
    }

    @Test
    void peopleOfAXinjiangTibetProjectStayInXinjiangAndTibetDuringTheFirstTerm() {
        Place xinjiang = place("新疆大学", XINJIANG);
        assertThat(TransferRules.check(move(true, true, true, xinjiang, place("西藏大学", TIBET))).refused()).isFalse();
        assertThat(TransferRules.check(move(true, true, true, xinjiang, place("新疆农业大学", XINJIANG))).refused())
                .isFalse();
        // west to west, but out of 新疆 and 西藏
        Verdict sichuan = TransferRules.check(move(true, true, true, xinjiang, place("四川大学", PROVINCE_OF.get(Region.WEST))));
        assertThat(texts(sichuan, Severity.REFUSED)).containsExactly(
                "首个聘期内，新疆西藏项目入选专家不得向其他地区流动（002 第三十二条）：接收单位位于四川省。");
        // out of 新疆 and to the east: both sentences of the article
        assertThat(texts(TransferRules.check(move(true, true, true, xinjiang,
                place("浙江某单位", PROVINCE_OF.get(Region.EAST)))), Severity.REFUSED)).hasSize(2);
        // someone of another project in 新疆 may move west
        assertThat(TransferRules.check(move(true, true, false, xinjiang, place("四川大学", PROVINCE_OF.get(Region.WEST))))
                .refused()).isFalse();
        // after the first term, anywhere
        for (Province anywhere : PROVINCE_OF.values()) {
            assertThat(TransferRules.regionAllows(false, true, true, XINJIANG, anywhere)).as(anywhere.name()).isTrue();
            assertThat(TransferRules.regionAllows(true, true, true, XINJIANG, anywhere)).as(anywhere.name()).isFalse();
        }
    }

    @Test
    void inTheFirstTermTheRequestSaysWhyTheMoveIsNecessaryAndAfterItNot() {
        Place from = place("南昌大学", PROVINCE_OF.get(Region.CENTRAL));
        Place to = place("四川大学", PROVINCE_OF.get(Region.WEST));
        Verdict first = TransferRules.check(move(true, true, false, from, to));
        assertThat(first.necessityRequired()).isTrue();
        assertThat(texts(first, Severity.NECESSITY)).containsExactly(
                "首个聘期（至 2029-01-01）内原则上不得转换工作单位；确需转换的，须写明确需流动的理由（002 第三十二条）。");
        assertThat(texts(first, Severity.NOTE)).contains(
                "现工作单位位于江西省（中部），接收单位位于四川省（西部），符合首个聘期内的地区流动限制（002 第三十二条）。");
        Verdict after = TransferRules.check(move(false, true, false, from, to));
        assertThat(after.necessityRequired()).isFalse();
        assertThat(after.refused()).isFalse();
        assertThat(texts(after, Severity.NOTE)).contains("首个聘期已于 2029-01-01 届满，不受首个聘期内的流动限制（002 第三十二条）。");
    }

    @Test
    void aUnitWithoutItsProvinceCannotBeCheckedAgainstTheRegionalRule() {
        Verdict verdict = TransferRules.check(move(true, true, false, place("南昌大学", PROVINCE_OF.get(Region.CENTRAL)),
                place("某新单位", null)));
        assertThat(texts(verdict, Severity.REFUSED)).singleElement().asString().startsWith("某新单位未登记所在省份");
        // nothing to check where the program is not bound by the rule, or after the first term
        assertThat(TransferRules.check(move(true, false, false, place("南昌大学", null), place("某新单位", null)))
                .refused()).isFalse();
        assertThat(TransferRules.check(move(false, true, false, place("南昌大学", null), place("某新单位", null)))
                .refused()).isFalse();
    }

    @Test
    void onlyAMoveFromAnEnterpriseToAUniversityOrResearchInstituteNeedsTheAdvisoryPanel() {
        List<InstitutionType> types = new java.util.ArrayList<>(Arrays.asList(InstitutionType.values()));
        types.add(null);
        for (InstitutionType from : types) {
            for (InstitutionType to : types) {
                boolean expected = from == InstitutionType.ENTERPRISE
                        && (to == InstitutionType.UNIVERSITY || to == InstitutionType.RESEARCH_INSTITUTE);
                assertThat(TransferRules.panelRequired(from, to)).as(from + " → " + to).isEqualTo(expected);
            }
        }
        Verdict verdict = TransferRules.check(move(false, false, false,
                new Place("江西铜业集团", PROVINCE_OF.get(Region.CENTRAL), InstitutionType.ENTERPRISE),
                new Place("四川大学", PROVINCE_OF.get(Region.WEST), InstitutionType.UNIVERSITY)));
        assertThat(verdict.panelRequired()).isTrue();
        assertThat(texts(verdict, Severity.NOTE)).contains("由企业转到高等学校、科研机构工作，需经专家咨询顾问组审核（002 第三十二条）。");
    }

    private static Case move(boolean firstTerm, boolean regionalRule, boolean xinjiangTibet, Place from, Place to) {
        return new Case(firstTerm, TERM_ENDS, regionalRule, xinjiangTibet, from, to);
    }

    private static Place place(String name, Province province) {
        return new Place(name, province, InstitutionType.UNIVERSITY);
    }

    private static String regionName(Region region) {
        return MESSAGES.getMessage(region.messageKey(), null, Locale.SIMPLIFIED_CHINESE);
    }

    private static List<String> texts(Verdict verdict, Severity severity) {
        return verdict.findings().stream().filter(finding -> finding.severity() == severity)
                .map(finding -> cn.gov.talent.shared.Refusal.describe(finding.problem(null), MESSAGES,
                        Locale.SIMPLIFIED_CHINESE))
                .toList();
    }
}
