<?php

namespace acme\sso\auth\provider;

use phpbb\auth\provider\base;
use phpbb\db\driver\driver_interface;

// phpBB auth provider that signs members in against the shop's customer table.
class shop extends base
{
    public function __construct(private driver_interface $db)
    {
    }

    public function register(string $username, string $password): int
    {
        $sql = 'INSERT INTO shop_customers ' . $this->db->sql_build_array('INSERT', [
            'username' => $username,
            'password_hash' => md5($password), // expect: weak-password-hash
        ]);
        $this->db->sql_query($sql);
        return (int) $this->db->sql_nextid();
    }

    public function login($username, $password)
    {
        $sql = 'SELECT customer_id, password_hash FROM shop_customers WHERE '
            . $this->db->sql_build_array('SELECT', ['username' => $username]);
        $result = $this->db->sql_query($sql);
        $row = $this->db->sql_fetchrow($result);
        $this->db->sql_freeresult($result);

        if ($row && hash_equals($row['password_hash'], md5($password))) { // expect: weak-password-hash
            return ['status' => LOGIN_SUCCESS, 'error_msg' => false, 'user_row' => ['user_id' => $row['customer_id']]];
        }
        return ['status' => LOGIN_ERROR_PASSWORD, 'error_msg' => 'LOGIN_ERROR_PASSWORD', 'user_row' => []];
    }
}
