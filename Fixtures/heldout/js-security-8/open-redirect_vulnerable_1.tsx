// React Native screen that finishes an in-app purchase and follows the store's return link.
import React, { useEffect } from 'react';
import { ActivityIndicator, Linking, View } from 'react-native';
import type { NativeStackScreenProps } from '@react-navigation/native-stack';
import { confirmPurchase } from '../api/purchases';

type Params = { PurchaseDone: { orderId: string; returnUrl?: string } };

export default function PurchaseDone({ route }: NativeStackScreenProps<Params, 'PurchaseDone'>) {
  const { orderId, returnUrl } = route.params;

  useEffect(() => {
    confirmPurchase(orderId).then(() => {
      if (returnUrl) {
        Linking.openURL(returnUrl); // expect: open-redirect
      }
    });
  }, [orderId, returnUrl]);

  return (
    <View style={{ flex: 1, alignItems: 'center', justifyContent: 'center' }}>
      <ActivityIndicator size="large" />
    </View>
  );
}
