// Pinia setup store for the signed-in user.
import { defineStore } from "pinia";
import { computed, ref } from "vue";
import { useRouter } from "vue-router";
import type { RouteLocationRaw } from "vue-router";

interface User {
  id: string;
  roles: string[];
}

const API_BASE = import.meta.env.VITE_API_BASE ?? "/api";

export const useSession = defineStore("session", () => {
  const user = ref<User | null>(null);
  const router = useRouter();
  const isAdmin = computed(() => user.value?.roles.includes("admin") ?? false);

  async function signIn(email: string, password: string, next: RouteLocationRaw = "/dashboard") {
    const res = await fetch(`${API_BASE}/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) throw new Error("sign-in failed");
    user.value = (await res.json()) as User;
    await router.push(next);
  }

  return { user, isAdmin, signIn };
});
