package com.acme.shop.order;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface OrderMapper {

    @Select("SELECT id, customer_id, status, total FROM orders WHERE status = '${status}' ORDER BY ${orderBy}") // expect: sql-injection
    List<Order> findByStatus(@Param("status") String status, @Param("orderBy") String orderBy);

    @Select("SELECT id, customer_id, status, total FROM orders WHERE id = #{id}")
    Order findById(@Param("id") long id);

    @Update("UPDATE orders SET status = #{status} WHERE id = #{id}")
    int updateStatus(@Param("id") long id, @Param("status") String status);

    @Delete("DELETE FROM orders WHERE id IN (${idList})") // expect: sql-injection
    int deleteMany(@Param("idList") String idList);
}
