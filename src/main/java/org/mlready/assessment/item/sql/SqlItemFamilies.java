package org.mlready.assessment.item.sql;

import java.util.List;

import org.mlready.assessment.item.ItemFamily;

/** The SQL item families, answered with a query on the {@link SqlSandbox}. */
public final class SqlItemFamilies {

    private SqlItemFamilies() {
    }

    public static List<ItemFamily> all() {
        return List.of(
                new CustomerFilterFamily(),
                new OrderJoinFamily(),
                new CityOrderCountFamily(),
                new TopProductsFamily(),
                new SalaryAboveAverageFamily(),
                new DepartmentRankFamily(),
                new CustomersWithoutOrdersFamily(),
                new ManagerSelfJoinFamily(),
                new SalesRollupFamily(),
                new MonthlyRegionTrendFamily(),
                new ScdCurrentRowFamily(),
                new ScdAsOfFamily(),
                new StagingDeduplicationFamily());
    }
}
