package cn.gov.talent.infrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.gov.talent.shared.Refusal;

/**
 * A text longer than its column is refused before it reaches the database, as a {@link Refusal} the
 * page shows ("at most N characters") instead of the database's "value too long" error. The limits are
 * the database's own ({@code information_schema}, read once), so they cannot drift from the migrations;
 * every entity's text properties are checked on insert and update. Forms still state and check their
 * own limits where a field-level message is wanted; this is the net under all of them.
 */
@Configuration(proxyBeanMethods = false)
class ColumnLengthGuard {

    @Bean
    HibernatePropertiesCustomizer columnLengthGuardIntegrator(DataSource dataSource) {
        ColumnLimits limits = new ColumnLimits(new JdbcTemplate(dataSource));
        return properties -> properties.put("hibernate.integrator_provider",
                (IntegratorProvider) () -> List.of(new LengthIntegrator(limits)));
    }

    /** The declared length of every {@code varchar(n)} column, by "table.column", read on first use. */
    static final class ColumnLimits {

        private final JdbcTemplate jdbc;

        private volatile Map<String, Integer> limits;

        ColumnLimits(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        Integer of(String table, String column) {
            Map<String, Integer> known = limits;
            if (known == null) {
                Map<String, Integer> read = new HashMap<>();
                jdbc.query("""
                        select table_name, column_name, character_maximum_length from information_schema.columns
                        where table_schema = current_schema() and character_maximum_length is not null""",
                        row -> {
                            read.put(key(row.getString(1), row.getString(2)), row.getInt(3));
                        });
                known = Map.copyOf(read);
                limits = known;
            }
            return known.get(key(table, column));
        }

        static String key(String table, String column) {
            return (table + "." + column).toLowerCase(Locale.ROOT);
        }
    }

    /** Registers the check for every entity, knowing each property's table and column from the mapping. */
    static final class LengthIntegrator implements Integrator, PreInsertEventListener, PreUpdateEventListener {

        private final ColumnLimits limits;

        /** Entity name → property name → "table.column" parts. */
        private final Map<String, Map<String, String[]>> columns = new HashMap<>();

        LengthIntegrator(ColumnLimits limits) {
            this.limits = limits;
        }

        @Override
        public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                SessionFactoryImplementor sessionFactory) {
            for (PersistentClass entity : metadata.getEntityBindings()) {
                Map<String, String[]> properties = new HashMap<>();
                for (Property property : entity.getPropertyClosure()) {
                    List<Column> propertyColumns = property.getColumns();
                    if (propertyColumns.size() == 1) {
                        properties.put(property.getName(),
                                new String[] { entity.getTable().getName(), propertyColumns.get(0).getName() });
                    }
                }
                columns.put(entity.getEntityName(), properties);
            }
            EventListenerRegistry registry = sessionFactory.getServiceRegistry()
                    .getService(EventListenerRegistry.class);
            registry.appendListeners(EventType.PRE_INSERT, this);
            registry.appendListeners(EventType.PRE_UPDATE, this);
        }

        @Override
        public boolean onPreInsert(PreInsertEvent event) {
            check(event.getPersister(), event.getState());
            return false;
        }

        @Override
        public boolean onPreUpdate(PreUpdateEvent event) {
            check(event.getPersister(), event.getState());
            return false;
        }

        private void check(EntityPersister persister, Object[] state) {
            Map<String, String[]> properties = columns.get(persister.getEntityName());
            if (properties == null) {
                return;
            }
            String[] names = persister.getPropertyNames();
            for (int i = 0; i < names.length; i++) {
                if (state[i] instanceof String text && text.length() > 0) {
                    String[] column = properties.get(names[i]);
                    Integer limit = column == null ? null : limits.of(column[0], column[1]);
                    if (limit != null && text.codePointCount(0, text.length()) > limit) {
                        throw new Refusal("input.tooLong", limit);
                    }
                }
            }
        }
    }
}
