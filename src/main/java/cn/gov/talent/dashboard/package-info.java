/**
 * 工作台 (the office's dashboard, issue 16): every open batch on the office's home page with its stage, the next date
 * it is due by, what is overdue and its progress bars (推荐单位报送进度, 资格审查, 专家评审完成, 部门意见, 异议处理), and the
 * same, smaller, for a recommending unit's own part. Owns no table: each figure is one aggregate query, grouped by
 * batch, of the module that owns the data (application, recommendation, review, publication), so the page runs
 * the same number of statements however many batches are open. The home page (web) shows the cards through
 * {@link cn.gov.talent.shared.ProgressCardProvider}, without depending on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard",
        allowedDependencies = {"application", "program", "publication", "recommendation", "review", "shared"})
package cn.gov.talent.dashboard;
