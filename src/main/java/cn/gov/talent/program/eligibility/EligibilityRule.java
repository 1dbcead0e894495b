package cn.gov.talent.program.eligibility;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.context.MessageSource;

/**
 * 资格条件: one eligibility rule of a category, as data. The kind says what is checked; the
 * number and the list of codes are its parameters (see {@link RuleKind}).
 */
@Entity
@Table(name = "eligibility_rule")
public class EligibilityRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Written by the owning category's mapping; read here for convenience. */
    @Column(name = "category_id", insertable = false, updatable = false)
    private Long categoryId;

    @Enumerated(EnumType.STRING)
    private RuleKind kind;

    @Column(name = "int_value")
    private Integer intValue;

    @Column(name = "list_value")
    private String listValue;

    @Column(name = "sort_order")
    private int sortOrder;

    /** Whether a granted exception (特别优秀者可适当放宽) may relax this rule, as the category's text says. */
    private boolean relaxable;

    protected EligibilityRule() {
    }

    public EligibilityRule(RuleKind kind, Integer intValue, String listValue) {
        this(kind, intValue, listValue, kind != null && kind.usuallyRelaxable());
    }

    public EligibilityRule(RuleKind kind, Integer intValue, String listValue, boolean relaxable) {
        this.kind = kind;
        this.intValue = intValue;
        this.listValue = listValue;
        this.relaxable = relaxable;
    }

    /** The same rule, relaxable by an exception or not. */
    public EligibilityRule relaxable(boolean relaxableByException) {
        this.relaxable = relaxableByException;
        return this;
    }

    public static EligibilityRule of(RuleKind kind, Integer intValue) {
        return new EligibilityRule(kind, intValue, null);
    }

    public static EligibilityRule of(RuleKind kind, String listValue) {
        return new EligibilityRule(kind, null, listValue);
    }

    /** Attaches the rule to a category at a place in its list. */
    public EligibilityRule forCategory(long categoryId, int sortOrder) {
        this.categoryId = categoryId;
        this.sortOrder = sortOrder;
        return this;
    }

    /** The list parameter as codes, in order. */
    public List<String> codes() {
        return listValue == null || listValue.isBlank() ? List.of()
                : Arrays.stream(listValue.split(",")).map(String::trim).filter(code -> !code.isEmpty()).toList();
    }

    /** The rule as a sentence for notices and pages, e.g. "年龄不超过 45 周岁". */
    public String describe(MessageSource messages, Locale locale) {
        Object argument = switch (kind) {
            case MIN_QUALIFICATION -> new RuleResult.Terms(codes().stream()
                    .map(code -> new RuleResult.Term(code.split(":")[0].toLowerCase() + ".atLeast." + code.split(":")[1]))
                    .toList());
            case REQUIRED_DOCUMENTS -> new RuleResult.Terms(codes().stream()
                    .map(code -> new RuleResult.Term("document." + code.replace("|", "_OR_"))).toList());
            case ACHIEVEMENT_ANY_OF -> new RuleResult.Terms(codes().stream()
                    .map(code -> AchievementCondition.parse(code).term()).toList());
            case DECLARED_CONDITIONS -> new RuleResult.Terms(codes().stream()
                    .map(code -> new RuleResult.Term("condition." + code)).toList());
            case EXCLUSIONS -> new RuleResult.Terms(codes().stream()
                    .map(code -> new RuleResult.Term("exclusion." + code)).toList());
            default -> intValue;
        };
        return RuleResult.text(messages, locale, "rule.describe." + kind.name(), argument);
    }

    public Long getId() {
        return id;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public RuleKind getKind() {
        return kind;
    }

    public Integer getIntValue() {
        return intValue;
    }

    public String getListValue() {
        return listValue;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isRelaxable() {
        return relaxable;
    }
}
