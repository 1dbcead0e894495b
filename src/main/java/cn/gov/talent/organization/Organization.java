package cn.gov.talent.organization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.talent.audit.AuditEntry;
import cn.gov.talent.audit.AuditTrail;
import cn.gov.talent.shared.Actor;
import cn.gov.talent.shared.Refusal;

/**
 * The organisation tree's public face: reading the tree, finding a unit's recommending unit,
 * and the administrator's changes to units.
 */
@Service
@Transactional(readOnly = true)
public class Organization {

    private final OrgUnitRepository units;
    private final ProvinceRepository provinceRows;
    private final AuditTrail audit;
    private final Clock clock;

    /** The province table in its order, read once: reference data that only a migration changes. */
    private volatile Map<String, Province> provinces;

    Organization(OrgUnitRepository units, ProvinceRepository provinceRows, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.units = units;
        this.provinceRows = provinceRows;
        this.audit = audit;
    }

    /** The provinces (省级行政区) in the table's order, each with its region and the 新疆西藏 mark. */
    public List<Province> provinces() {
        return List.copyOf(provinceMap().values());
    }

    public Optional<Province> province(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(provinceMap().get(code));
    }

    /** The province a unit lies in, if recorded (empty for a unit that does not exist). */
    public Optional<Province> provinceOf(long unitId) {
        return units.findById(unitId).flatMap(unit -> province(unit.getProvinceCode()));
    }

    private Map<String, Province> provinceMap() {
        Map<String, Province> loaded = provinces;
        if (loaded == null) {
            Map<String, Province> byCode = new LinkedHashMap<>();
            provinceRows.findAllByOrderBySortOrder().forEach(row -> {
                Province province = row.toProvince();
                byCode.put(province.code(), province);
            });
            loaded = java.util.Collections.unmodifiableMap(byCode);
            provinces = loaded;
        }
        return loaded;
    }

    /** Every unit in tree order: each parent followed by its children, siblings by sort order then name. */
    public List<UnitNode> tree() {
        return inTreeOrder(units.findAll());
    }


    /**
     * Active employers grouped under their recommending unit, in tree order: the registration picker. The
     * bureaus' desks are not among them ({@link #desksByBureau}).
     */
    public Map<UnitNode, List<UnitNode>> employersByRecommender() {
        Map<UnitNode, List<UnitNode>> groups = new LinkedHashMap<>();
        UnitNode current = null;
        for (UnitNode unit : tree()) {
            if (unit.kind() == UnitKind.RECOMMENDER) {
                current = unit;
            } else if (unit.kind() == UnitKind.EMPLOYER && unit.active() && !unit.independentDesk()
                    && current != null) {
                groups.computeIfAbsent(current, key -> new ArrayList<>()).add(unit);
            }
        }
        return groups;
    }

    /**
     * Each recommending unit with an active desk (受理窗口) and that desk, in tree order: where a freelancer or
     * someone whose non-public employer is not in the tree registers, by the bureau of their place.
     */
    public Map<UnitNode, UnitNode> desksByBureau() {
        Map<UnitNode, UnitNode> desks = new LinkedHashMap<>();
        UnitNode current = null;
        for (UnitNode unit : tree()) {
            if (unit.kind() == UnitKind.RECOMMENDER) {
                current = unit;
            } else if (unit.independentDesk() && unit.active() && current != null) {
                desks.put(current, unit);
            }
        }
        return desks;
    }

    public Optional<UnitNode> unit(long id) {
        return units.findById(id).map(UnitNode::of);
    }

    /** The names of these units by id, in one query (units that do not exist are left out). */
    public Map<Long, String> unitNames(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            units.findAllById(ids).forEach(unit -> names.put(unit.getId(), unit.getName()));
        }
        return names;
    }

    public Optional<UnitNode> unitByCode(String code) {
        return units.findByCode(code).map(UnitNode::of);
    }

    /** The recommending unit (推荐单位) above a unit, the unit itself if it is one. */
    public Optional<UnitNode> recommendingUnitOf(long unitId) {
        Optional<OrgUnit> current = units.findById(unitId);
        while (current.isPresent()) {
            OrgUnit unit = current.get();
            if (unit.getKind() == UnitKind.RECOMMENDER) {
                return Optional.of(UnitNode.of(unit));
            }
            current = unit.getParentId() == null ? Optional.empty() : units.findById(unit.getParentId());
        }
        return Optional.empty();
    }

    @Transactional
    public UnitNode createUnit(UnitForm form, Actor actor) {
        OrgUnit parent = form.getParentId() == null ? null : units.findById(form.getParentId())
                .orElseThrow(() -> new Refusal("unit.error.parentMissing"));
        if (parent == null && units.count() > 0) {
            throw new Refusal("unit.error.parentRequired");
        }
        if (!UnitKind.mayNestUnder(form.getKind(), parent == null ? null : parent.getKind())) {
            throw new Refusal("unit.error.parentKind");
        }
        if (units.existsByCode(form.getCode().trim())) {
            throw new Refusal("unit.error.codeTaken");
        }
        if (units.existsByParentIdAndName(form.getParentId(), form.getName().trim())) {
            throw new Refusal("unit.error.nameTaken");
        }
        if (form.isIndependentDesk()) {
            refuseDesk(form.getKind(), form.getParentId(), null);
        }
        String provinceCode = checkedProvince(form);
        var unit = new OrgUnit(form.getName().trim(), form.getCode().trim(), form.getKind(), form.getSector(), clock.instant());
        unit.setSortOrder(form.getSortOrder());
        unit.setIndependentDesk(form.isIndependentDesk());
        unit.setProvinceCode(provinceCode);
        unit.setInstitutionType(form.getInstitutionType());
        units.saveAndFlush(unit);
        unit.placeUnder(parent);
        audit.record(AuditEntry.of(actor, "UNIT", unit.getId(), unit.getName(), "CREATE_UNIT")
                .withNote(unit.isIndependentDesk() ? "audit.note.unitPlace.desk" : "audit.note.unitPlace",
                        provinceName(provinceCode), typeLabel(form.getInstitutionType())));
        return UnitNode.of(unit);
    }

    @Transactional
    public void updateUnit(long id, UnitForm form, Actor actor) {
        OrgUnit unit = units.findById(id).orElseThrow(() -> new Refusal("unit.error.missing"));
        String name = form.getName().trim();
        if (!unit.getName().equals(name) && units.existsByParentIdAndName(unit.getParentId(), name)) {
            throw new Refusal("unit.error.nameTaken");
        }
        boolean deskChanged = unit.isIndependentDesk() != form.isIndependentDesk();
        if (deskChanged && form.isIndependentDesk()) {
            refuseDesk(unit.getKind(), unit.getParentId(), unit.getId());
        }
        String provinceCode = checkedProvince(form);
        String provinceBefore = unit.getProvinceCode();
        InstitutionType typeBefore = unit.getInstitutionType();
        unit.setName(name);
        unit.setSector(form.getSector());
        unit.setSortOrder(form.getSortOrder());
        unit.setActive(form.isActive());
        unit.setIndependentDesk(form.isIndependentDesk());
        unit.setProvinceCode(provinceCode);
        unit.setInstitutionType(form.getInstitutionType());
        AuditEntry entry = AuditEntry.of(actor, "UNIT", unit.getId(), unit.getName(), "UPDATE_UNIT");
        // accounts already at a unit made a desk keep it; an account without a workplace is named by the unit
        String desk = form.isIndependentDesk() ? "desk" : "notDesk";
        if (!java.util.Objects.equals(provinceBefore, provinceCode) || typeBefore != form.getInstitutionType()) {
            // where the unit is decides the regional rule of a transfer (002 art. 32): the change is noted
            entry = entry.withNote(deskChanged ? "audit.note.unitPlaceChanged." + desk : "audit.note.unitPlaceChanged",
                    provinceName(provinceBefore), provinceName(provinceCode), typeLabel(typeBefore),
                    typeLabel(form.getInstitutionType()));
        } else if (deskChanged) {
            entry = entry.withNote("audit.note.unit." + desk);
        }
        audit.record(entry);
    }

    /** The form's province, a row of the province table, or null when none is given. */
    private String checkedProvince(UnitForm form) {
        String code = form.getProvinceCode() == null || form.getProvinceCode().isBlank() ? null
                : form.getProvinceCode().trim();
        if (code != null && province(code).isEmpty()) {
            throw Refusal.onField("provinceCode", "unit.province.unknown");
        }
        return code;
    }

    private String provinceName(String code) {
        return province(code).map(Province::name).orElse("—");
    }

    private static String typeLabel(InstitutionType type) {
        return AuditEntry.labels(type == null ? "unit.institution.none" : type.messageKey());
    }

    /**
     * A desk is an employer-kind unit (its staff check applications as an employer does), and a recommending
     * unit has at most one, so that an applicant chooses a desk by choosing the bureau of their place.
     */
    private void refuseDesk(UnitKind kind, Long parentId, Long ownId) {
        if (kind != UnitKind.EMPLOYER) {
            throw Refusal.onField("independentDesk", "unit.error.deskKind");
        }
        units.findByParentIdAndIndependentDeskTrue(parentId).filter(desk -> !desk.getId().equals(ownId))
                .ifPresent(desk -> {
                    throw Refusal.onField("independentDesk", "unit.error.deskTaken", desk.getName());
                });
    }

    private static List<UnitNode> inTreeOrder(List<OrgUnit> all) {
        Map<Long, List<OrgUnit>> children = new LinkedHashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit unit : all) {
            if (unit.getParentId() == null) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.getParentId(), key -> new ArrayList<>()).add(unit);
            }
        }
        Comparator<OrgUnit> order = Comparator.comparingInt(OrgUnit::getSortOrder).thenComparing(OrgUnit::getName);
        List<UnitNode> result = new ArrayList<>(all.size());
        roots.sort(order);
        roots.forEach(root -> visit(root, children, order, result));
        return result;
    }

    private static void visit(OrgUnit unit, Map<Long, List<OrgUnit>> children, Comparator<OrgUnit> order,
            List<UnitNode> result) {
        result.add(UnitNode.of(unit));
        List<OrgUnit> below = children.getOrDefault(unit.getId(), new ArrayList<>());
        below.sort(order);
        below.forEach(child -> visit(child, children, order, result));
    }
}
