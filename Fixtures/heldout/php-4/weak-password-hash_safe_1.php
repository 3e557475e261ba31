<?php

namespace app\models;

use Yii;
use yii\db\ActiveRecord;

/**
 * @property int $id
 * @property string $username
 * @property string $email
 * @property string $password_hash
 */
class User extends ActiveRecord
{
    public ?string $password = null;

    public static function tableName(): string
    {
        return '{{%user}}';
    }

    public function beforeSave($insert): bool
    {
        if ($this->password !== null) {
            $this->password_hash = Yii::$app->security->generatePasswordHash($this->password);
        }

        return parent::beforeSave($insert);
    }

    public function validatePassword(string $password): bool
    {
        return Yii::$app->security->validatePassword($password, $this->password_hash);
    }

    public function avatarUrl(int $size = 80): string
    {
        return 'https://www.gravatar.com/avatar/' . md5(strtolower(trim($this->email))) . '?s=' . $size;
    }
}
