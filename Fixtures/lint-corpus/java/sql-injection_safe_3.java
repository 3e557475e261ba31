package shop.catalog;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface ProductMapper {
    @Select("SELECT id, name, price FROM products WHERE category = #{category} ORDER BY price")
    List<Product> byCategory(@Param("category") String category);

    @Update("UPDATE products SET hidden = true WHERE id = #{id}")
    int hide(@Param("id") long id);
}
