<?php

namespace app\models;

use Yii;
use yii\db\ActiveRecord;

/**
 * @property int $id
 * @property string $username
 * @property string $password_hash
 */
class User extends ActiveRecord
{
    public ?string $password = null;

    public static function tableName(): string
    {
        return '{{%user}}';
    }

    public function rules(): array
    {
        return [
            [['username'], 'required'],
            [['password'], 'string', 'min' => 8],
        ];
    }

    public function beforeSave($insert): bool
    {
        if ($this->password !== null) {
            $this->password_hash = md5($this->password . Yii::$app->params['passwordSalt']); // expect: weak-password-hash
        }

        return parent::beforeSave($insert);
    }

    public function validatePassword(string $password): bool
    {
        $candidate = md5($password . Yii::$app->params['passwordSalt']); // expect: weak-password-hash

        return hash_equals($this->password_hash, $candidate);
    }
}
