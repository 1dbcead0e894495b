package cn.gov.talent.organization;

/** Public-sector employers report through their department; non-public ones attach to the local HR bureau. */
public enum Sector {
    PUBLIC,
    /** 非公经济组织、社会组织及自由职业者 */
    NON_PUBLIC
}
