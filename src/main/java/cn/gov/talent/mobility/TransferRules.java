package cn.gov.talent.mobility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.gov.talent.organization.InstitutionType;
import cn.gov.talent.organization.Province;
import cn.gov.talent.organization.Region;
import cn.gov.talent.shared.Refusal;

/**
 * What 002 art. 32 says of a move, checked and explained before the request is sent, as a pure function of
 * the case: 入选专家在首个聘期内原则上不得转换工作单位 (a move in the first term needs a written reason why it is
 * necessary, 确需转换); 首个聘期内，西部地区和东北地区入选专家不得向东部或者中部地区流动，新疆西藏项目入选专家不得
 * 向其他地区流动 (where the program is bound by that rule: the 千人计划 is, the 百千万 is not); 企业入选人员如转换到
 * 高等学校、科研机构工作，需经专家咨询顾问组审核. Each finding is a sentence naming the article.
 */
public final class TransferRules {

    /** The regions a first-term person of the west or the north-east may not move to. */
    private static final Set<Region> CLOSED_TO_WEST_AND_NORTHEAST = EnumSet.of(Region.EAST, Region.CENTRAL);

    /** The regions whose first-term people may not move east or to the centre. */
    private static final Set<Region> HELD = EnumSet.of(Region.WEST, Region.NORTHEAST);

    private TransferRules() {
    }

    /** How a finding bears on the request: it forbids it, it asks for the reason of necessity, or it informs. */
    public enum Severity {
        REFUSED,
        NECESSITY,
        NOTE
    }

    /** One sentence of the explanation: a message key and its arguments (regions are named in the reader's language). */
    public record Finding(Severity severity, String messageKey, Object... arguments) {

        public Refusal.Problem problem(String field) {
            return new Refusal.Problem(field, messageKey, arguments);
        }
    }

    /**
     * Where a unit is: its name, its province (null when not recorded) and its kind of institution (null when
     * not recorded).
     */
    public record Place(String unitName, Province province, InstitutionType type) {
    }

    /**
     * A move to check: whether the person is in the first term and when it ends, whether the program is bound by
     * the regional rule, whether the person's category is a 新疆西藏项目, and where from and where to.
     */
    public record Case(boolean firstTerm, LocalDate firstTermEnds, boolean regionalRule,
            boolean xinjiangTibetProject, Place from, Place to) {
    }

    /** The findings, those that forbid the move first, and whether the advisory panel must be heard. */
    public record Verdict(List<Finding> findings, boolean panelRequired) {

        public boolean refused() {
            return findings.stream().anyMatch(finding -> finding.severity() == Severity.REFUSED);
        }

        public boolean necessityRequired() {
            return findings.stream().anyMatch(finding -> finding.severity() == Severity.NECESSITY);
        }

        /** The refusal of the move, every forbidding finding a problem of the field named. */
        public Refusal refusal(String field) {
            return new Refusal(findings.stream().filter(finding -> finding.severity() == Severity.REFUSED)
                    .map(finding -> finding.problem(field)).toList());
        }
    }

    /** Checks a move and explains it. */
    public static Verdict check(Case move) {
        List<Finding> refusals = new ArrayList<>();
        List<Finding> others = new ArrayList<>();
        if (!move.firstTerm()) {
            others.add(new Finding(Severity.NOTE, "transfer.rule.afterFirstTerm", move.firstTermEnds()));
        } else {
            others.add(new Finding(Severity.NECESSITY, "transfer.rule.firstTerm", move.firstTermEnds()));
            if (!move.regionalRule()) {
                others.add(new Finding(Severity.NOTE, "transfer.rule.noRegionalRule"));
            } else {
                regional(move, refusals, others);
            }
        }
        boolean panel = panelRequired(move.from().type(), move.to().type());
        if (panel) {
            others.add(new Finding(Severity.NOTE, "transfer.rule.panel"));
        }
        List<Finding> findings = new ArrayList<>(refusals);
        findings.addAll(others);
        return new Verdict(List.copyOf(findings), panel);
    }

    private static void regional(Case move, List<Finding> refusals, List<Finding> others) {
        Province from = move.from().province();
        Province to = move.to().province();
        if (from == null) {
            refusals.add(new Finding(Severity.REFUSED, "transfer.rule.provinceUnknown", move.from().unitName()));
        }
        if (to == null) {
            refusals.add(new Finding(Severity.REFUSED, "transfer.rule.provinceUnknown", move.to().unitName()));
        }
        if (from == null || to == null) {
            return;
        }
        int before = refusals.size();
        if (move.xinjiangTibetProject() && !to.xinjiangTibet()) {
            refusals.add(new Finding(Severity.REFUSED, "transfer.rule.xinjiangTibet", to.name()));
        }
        if (HELD.contains(from.region()) && CLOSED_TO_WEST_AND_NORTHEAST.contains(to.region())) {
            refusals.add(new Finding(Severity.REFUSED, "transfer.rule.region", from.region(), to.region()));
        }
        if (refusals.size() == before) {
            others.add(new Finding(Severity.NOTE, "transfer.rule.regionAllowed", from.name(), from.region(), to.name(),
                    to.region()));
        }
    }

    /**
     * The regional rule alone (002 art. 32): whether a move between these provinces is allowed for a person in
     * or after the first term, of a program bound by the rule or not, of a 新疆西藏项目 or not.
     */
    public static boolean regionAllows(boolean firstTerm, boolean regionalRule, boolean xinjiangTibetProject,
            Province from, Province to) {
        if (!firstTerm || !regionalRule) {
            return true;
        }
        if (xinjiangTibetProject && !to.xinjiangTibet()) {
            return false;
        }
        return !(HELD.contains(from.region()) && CLOSED_TO_WEST_AND_NORTHEAST.contains(to.region()));
    }

    /** 企业入选人员如转换到高等学校、科研机构工作，需经专家咨询顾问组审核. */
    public static boolean panelRequired(InstitutionType from, InstitutionType to) {
        return from == InstitutionType.ENTERPRISE && to != null && to.isAcademic();
    }
}
