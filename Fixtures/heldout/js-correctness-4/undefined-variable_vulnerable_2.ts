// Pinia setup store for the signed-in user.
import { defineStore } from "pinia";
import { computed, ref } from "vue";

interface User {
  id: string;
  name: string;
  roles: string[];
}

export const useSession = defineStore("session", () => {
  const user = ref<User | null>(null);
  const router = useRouter(); // expect: undefined-variable

  const isAdmin = computed(() => user.value?.roles.includes("admin") ?? false);

  async function signIn(email: string, password: string) {
    const res = await fetch(`${API_BASE}/session`, { // expect: undefined-variable
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) throw new Error("sign-in failed");
    user.value = (await res.json()) as User;
    await router.push("/dashboard");
  }

  function signOut() {
    user.value = null;
    return router.push("/login");
  }

  return { user, isAdmin, signIn, signOut };
});
