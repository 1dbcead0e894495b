package cn.gov.talent.program;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import cn.gov.talent.program.eligibility.EligibilityRule;

/** 项目类别: e.g. 高层次专业技术领军人才 or 高技能领军人才 of 双高工程. */
@Entity
@Table(name = "program_category")
public class ProgramCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    private String code;

    private String name;

    @Column(name = "sort_order")
    private int sortOrder;

    /** 培养周期: the support cycle of the people selected in this category, in years. */
    @Column(name = "support_years")
    private int supportYears = 3;

    /** 公示期下限 of this category (002 art. 23: 创业 and 青年, 7 working days), or null for none. */
    @Column(name = "min_notice_working_days")
    private Integer minNoticeWorkingDays;

    /** The rule the category's notice minimum comes from, named when a batch is refused. */
    @Column(name = "min_notice_basis")
    private String minNoticeBasis;

    /** 创新短期 or 创新长期 as the office marks it (002 art. 33), or null: the category takes no part in conversions. */
    @Enumerated(EnumType.STRING)
    @Column(name = "term_kind")
    private TermKind termKind;

    /** 新疆西藏项目 (002 art. 11): its people may not leave 新疆 and 西藏 in their first term (art. 32). */
    @Column(name = "xinjiang_tibet")
    private boolean xinjiangTibet;

    /** 专业技术人才 or 高技能人才 (004 §二(一)), as the office marks it; null: neither (the statistics count it apart). */
    @Enumerated(EnumType.STRING)
    @Column(name = "talent_kind")
    private TalentKind talentKind;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "category_id", nullable = false)
    @OrderBy("sortOrder")
    private List<EligibilityRule> rules = new ArrayList<>();

    protected ProgramCategory() {
    }

    ProgramCategory(Program program, String code, String name, int sortOrder) {
        this.program = program;
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Program getProgram() {
        return program;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getSupportYears() {
        return supportYears;
    }

    void setSupportYears(int supportYears) {
        this.supportYears = supportYears;
    }

    public Integer getMinNoticeWorkingDays() {
        return minNoticeWorkingDays;
    }

    public String getMinNoticeBasis() {
        return minNoticeBasis;
    }

    /** Sets (or with null days, removes) the category's notice minimum and its basis. */
    void setNoticeMinimum(Integer days, String basis) {
        this.minNoticeWorkingDays = days;
        this.minNoticeBasis = days == null ? null : basis;
    }

    public TermKind getTermKind() {
        return termKind;
    }

    public boolean isXinjiangTibet() {
        return xinjiangTibet;
    }

    public TalentKind getTalentKind() {
        return talentKind;
    }

    void setTalentKind(TalentKind talentKind) {
        this.talentKind = talentKind;
    }

    void setMobility(TermKind termKind, boolean xinjiangTibet) {
        this.termKind = termKind;
        this.xinjiangTibet = xinjiangTibet;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<EligibilityRule> getRules() {
        return rules;
    }

    /** Appends a rule at the end of the category's list. */
    public void addRule(EligibilityRule rule) {
        rules.add(rule.forCategory(id == null ? 0 : id, rules.size()));
    }
}
