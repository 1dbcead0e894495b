package cn.gov.talent.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** 学科: a GB/T 13745-2009 first-level discipline, seeded by migration; reference data for every stage. */
@Entity
@Immutable
@Table(name = "discipline")
public class Discipline {

    @Id
    private String code;

    private String name;

    @Column(name = "group_name")
    private String groupName;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Discipline() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getGroupName() {
        return groupName;
    }
}
