package shop.catalog;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ProductMapper {
    @Select("SELECT id, name, price FROM products WHERE category = '${category}' ORDER BY ${sort}") // expect: sql-injection
    List<Product> byCategory(@Param("category") String category, @Param("sort") String sort);

    @Update("UPDATE products SET hidden = true WHERE id IN (${ids})") // expect: sql-injection
    int hide(@Param("ids") String ids);

    @Select("SELECT id, name, price FROM products WHERE id = #{id}")
    Product byId(@Param("id") long id);
}
