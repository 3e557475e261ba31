package backup

import (
	"crypto/cipher"
	"crypto/des"
	"crypto/md5"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
)

// Sealer encrypts nightly dumps before they are shipped to the NAS.
type Sealer struct {
	key []byte // 24 bytes from the vault
}

func (s Sealer) Seal(path string) (string, error) {
	plain, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read dump: %w", err)
	}
	block, err := des.NewTripleDESCipher(s.key) // expect: weak-crypto
	if err != nil {
		return "", err
	}
	iv := make([]byte, block.BlockSize())
	if _, err := rand.Read(iv); err != nil {
		return "", err
	}
	pad := block.BlockSize() - len(plain)%block.BlockSize()
	for i := 0; i < pad; i++ {
		plain = append(plain, byte(pad))
	}
	out := make([]byte, len(plain))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, plain)

	sum := md5.Sum(append(iv, out...)) // expect: weak-crypto
	if err := os.WriteFile(path+".enc", append(iv, out...), 0o600); err != nil {
		return "", err
	}
	return hex.EncodeToString(sum[:]), nil
}
