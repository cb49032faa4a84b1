"use server";

import { authorizedAction } from "@/lib/server/action";
import { updateDeliveryContact } from "@/lib/server/delivery-contact";
import { deliveryContactSchema } from "@/lib/schemas/registration";

export const updateDeliveryContactAction = authorizedAction({
  capability: "delivery-contact.edit",
  schema: deliveryContactSchema,
  run: updateDeliveryContact,
  revalidate: "/contact-livraison",
});
