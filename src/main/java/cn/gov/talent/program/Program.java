package cn.gov.talent.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 人才工程: a talent program such as 双高工程, with its categories. */
@Entity
@Table(name = "program")
public class Program {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private ProgramTier tier;

    private String description;

    /** 公示期下限: the shortest public notice the rules allow, in working days, or null for none. */
    @Column(name = "min_notice_working_days")
    private Integer minNoticeWorkingDays;

    /** The rule the notice minimum comes from (e.g. 004 §二(三)5), named when a batch is refused. */
    @Column(name = "min_notice_basis")
    private String minNoticeBasis;

    /** 每年入选人数上限: the most people selected in a year, or null for no limit. */
    @Column(name = "max_places_per_year")
    private Integer maxPlacesPerYear;

    /** The rule the yearly maximum comes from (e.g. 004 §二(一)). */
    @Column(name = "max_places_basis")
    private String maxPlacesBasis;

    /** Whether 002 art. 32's regional rule binds the program's people in their first term (千人计划). */
    @Column(name = "regional_transfer_rule")
    private boolean regionalTransferRule;

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ProgramCategory> categories = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Program() {
    }

    public Program(String code, String name, ProgramTier tier, String description, Instant createdAt) {
        this.createdAt = createdAt;
        this.code = code;
        this.name = name;
        this.tier = tier;
        this.description = description;
    }

    public ProgramCategory addCategory(String code, String name) {
        var category = new ProgramCategory(this, code, name, categories.size());
        categories.add(category);
        return category;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ProgramTier getTier() {
        return tier;
    }

    public String getDescription() {
        return description;
    }

    public List<ProgramCategory> getCategories() {
        return categories;
    }

    public Integer getMinNoticeWorkingDays() {
        return minNoticeWorkingDays;
    }

    public String getMinNoticeBasis() {
        return minNoticeBasis;
    }

    public Integer getMaxPlacesPerYear() {
        return maxPlacesPerYear;
    }

    public String getMaxPlacesBasis() {
        return maxPlacesBasis;
    }

    public boolean isRegionalTransferRule() {
        return regionalTransferRule;
    }

    void setRegionalTransferRule(boolean regionalTransferRule) {
        this.regionalTransferRule = regionalTransferRule;
    }

    /** Sets (or with null days, removes) the program's notice minimum and its basis. */
    void setNoticeMinimum(Integer days, String basis) {
        this.minNoticeWorkingDays = days;
        this.minNoticeBasis = days == null ? null : basis;
    }

    /** Sets (or with null places, removes) the program's yearly maximum and its basis. */
    void setPlacesPerYear(Integer places, String basis) {
        this.maxPlacesPerYear = places;
        this.maxPlacesBasis = places == null ? null : basis;
    }
}
