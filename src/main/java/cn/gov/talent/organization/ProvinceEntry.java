package cn.gov.talent.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A row of the province reference table, read only. */
@Entity
@Immutable
@Table(name = "province")
class ProvinceEntry {

    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private Region region;

    @Column(name = "xinjiang_tibet")
    private boolean xinjiangTibet;

    @Column(name = "sort_order")
    private int sortOrder;

    protected ProvinceEntry() {
    }

    Province toProvince() {
        return new Province(code, name, region, xinjiangTibet);
    }

    int getSortOrder() {
        return sortOrder;
    }
}
